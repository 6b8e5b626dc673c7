package it.anci.welfare.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of the import are message keys: every key the templates and the Java code use
 * exists in Italian and in English, and both files have the same keys.
 */
class ImportMessagesTests {

	private static final Pattern KEY = Pattern.compile("import\\.[a-zA-Z]+(\\.[a-zA-Z_0-9]+)+");

	@Test
	void italianAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("i18n/import_en.properties").stringPropertyNames())
			.isEqualTo(load("i18n/import.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedByTheTemplatesAndTheCodeExists() throws IOException {
		Set<String> used = new TreeSet<>();
		for (String folder : new String[] { "src/main/resources/templates/admin/imports",
				"src/main/java/it/anci/welfare/intake" }) {
			try (Stream<Path> files = Files.walk(Path.of(folder))) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Matcher matcher = KEY.matcher(Files.readString(file));
					while (matcher.find()) {
						used.add(matcher.group());
					}
				}
			}
		}
		// keys built from a value: one per status, one per column
		used.removeIf(k -> k.equals("import.status") || k.equals("import.column"));
		for (ImportJob.Status status : ImportJob.Status.values()) {
			used.add("import.status." + status);
		}
		for (ImportColumn column : ImportColumn.values()) {
			used.add(column.helpKey());
		}
		assertThat(used).hasSizeGreaterThan(60);
		assertThat(load("i18n/import.properties").stringPropertyNames()).containsAll(used);
	}

	@Test
	void italianTextsAreNotEnglish() throws IOException {
		assertThat(load("i18n/import.properties").getProperty("import.job.submit")).isEqualTo("Importa");
		assertThat(load("i18n/import_en.properties").getProperty("import.job.submit")).isEqualTo("Import");
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ImportMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
