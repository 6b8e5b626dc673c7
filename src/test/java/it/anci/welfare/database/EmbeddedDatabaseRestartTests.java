package it.anci.welfare.database;

import java.nio.file.Path;

import it.anci.welfare.PortalApplication;
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

/** The portal's own start-up path: no datasource URL → embedded PostgreSQL in a persistent data folder. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseRestartTests {

	@Test
	void aSecondStartReusesTheDataFolderWithoutLoadingAnythingTwice(@TempDir Path dataDir, CapturedOutput output) {
		try (var first = start(dataDir)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(count(jdbc, "practice")).isEqualTo(227);
			jdbc.sql("update practice set title = title || ' (modificata)' where id = (select min(id) from practice)")
				.update();
		}
		assertThat(output).contains("new cluster created").contains("Database: embedded PostgreSQL")
			.contains("First start: loading the ISTAT territory", "First start: loading the taxonomy lists",
					"First start: loading the documented practice cards", "First start: loading the document templates",
					"Database ready")
			.containsPattern("Portal ready at http://localhost:\\d+/");
		int loadsOfTheFirstStart = output.getOut().split("First start:", -1).length;

		try (var second = start(dataDir)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(count(jdbc, "practice")).isEqualTo(227);
			assertThat(count(jdbc, "comune")).isEqualTo(7904);
			assertThat(jdbc.sql("select count(*) from practice where title like '% (modificata)'")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
				.isEqualTo(jdbc.sql("select count(distinct version) from flyway_schema_history").query(Long.class).single());
		}
		assertThat(output).contains("existing data reused");
		assertThat(output.getOut().split("First start:", -1)).as("nothing loaded on the second start")
			.hasSize(loadsOfTheFirstStart);
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// command-line arguments: they take precedence over application.properties, unlike builder properties
		return new SpringApplicationBuilder(PortalApplication.class).web(WebApplicationType.SERVLET)
			.run("--portal.test.own-database=true", "--portal.embedded-db.data-dir=" + dataDir, "--server.port=0");
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
