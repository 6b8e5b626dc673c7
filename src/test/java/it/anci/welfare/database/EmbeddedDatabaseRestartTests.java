package it.anci.welfare.database;

import java.nio.file.Path;

import it.anci.welfare.PortalApplication;
import it.anci.welfare.support.PublishedCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's own start-up path: no datasource URL → embedded PostgreSQL in a persistent
 * data folder.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseRestartTests {

	@Test
	void aSecondStartReusesTheDataFolderWithoutLoadingAnythingTwice(@TempDir Path dataDir, CapturedOutput output) {
		long cards;
		try (var first = start(dataDir)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			cards = count(jdbc, "practice");
			assertThat(cards).as("a fresh database holds the seed's cards")
				.isEqualTo(PublishedCounts.cardsInTheSeedFiles());
			jdbc.sql("update practice set title = title || ' (modificata)' where id = (select min(id) from practice)")
				.update();
		}
		assertThat(output).contains("new cluster created")
			.contains("Database: embedded PostgreSQL")
			.contains("First start: loading the ISTAT territory", "First start: loading the taxonomy lists",
					"First start: loading the documented practice cards", "First start: loading the document templates",
					"Database ready")
			.containsPattern("Portal ready at http://localhost:\\d+/");
		int loadsOfTheFirstStart = output.getOut().split("First start:", -1).length;

		try (var second = start(dataDir)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(count(jdbc, "practice")).isEqualTo(cards);
			assertThat(count(jdbc, "comune")).isEqualTo(7904);
			assertThat(jdbc.sql("select count(*) from practice where title like '% (modificata)'")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
				.isEqualTo(jdbc.sql("select count(distinct version) from flyway_schema_history")
					.query(Long.class)
					.single());
		}
		assertThat(output).contains("existing data reused");
		assertThat(output.getOut().split("First start:", -1)).as("nothing loaded on the second start")
			.hasSize(loadsOfTheFirstStart);
	}

	/**
	 * The README's backup of the embedded database: stop the portal, copy the data
	 * folder, start on the copy.
	 */
	@Test
	void aCopyOfTheStoppedDataFolderIsACompleteBackup(@TempDir Path dataDir, @TempDir Path backup) throws Exception {
		String tables = "select string_agg(table_name, ',' order by table_name) from information_schema.tables "
				+ "where table_schema = 'public' and table_type = 'BASE TABLE'";
		java.util.Map<String, Long> before = new java.util.TreeMap<>();
		try (var portal = start(dataDir)) {
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			jdbc.sql("update news set title = 'Titolo da salvare nel backup' where id = (select min(id) from news)")
				.update();
			portal.getBean(it.anci.welfare.accounts.AccountService.class)
				.create("redattrice.backup", "Redattrice", it.anci.welfare.accounts.Role.EDITOR, "Backup-welfare-2026!",
						"test");
			for (String table : jdbc.sql(tables).query(String.class).single().split(",")) {
				before.put(table, count(jdbc, table));
			}
		}
		Path copy = backup.resolve("postgres");
		try (var files = java.nio.file.Files.walk(dataDir)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = copy.resolve(dataDir.relativize(file).toString());
				if (java.nio.file.Files.isDirectory(file)) {
					// PostgreSQL refuses a data folder others can read, as tar and cp -a
					// keep it
					java.nio.file.Files.createDirectories(target);
					java.nio.file.Files.setPosixFilePermissions(target,
							java.nio.file.Files.getPosixFilePermissions(file));
				}
				else {
					java.nio.file.Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		try (var restored = start(copy)) {
			JdbcClient jdbc = restored.getBean(JdbcClient.class);
			java.util.Map<String, Long> after = new java.util.TreeMap<>();
			for (String table : before.keySet()) {
				after.put(table, count(jdbc, table));
			}
			assertThat(after).isEqualTo(before);
			assertThat(before).containsKeys("practice", "news", "stored_file", "app_user", "audit_event");
			assertThat(jdbc.sql("select count(*) from news where title = 'Titolo da salvare nel backup'")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from app_user where username = 'redattrice.backup'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// command-line arguments: they take precedence over application.properties,
		// unlike builder properties
		return new SpringApplicationBuilder(PortalApplication.class).web(WebApplicationType.SERVLET)
			.run("--portal.test.own-database=true", "--portal.embedded-db.data-dir=" + dataDir, "--server.port=0");
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
