package it.anci.welfare.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import it.anci.welfare.PortalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, on the portal's own embedded PostgreSQL as users run it (not the tests'
 * shared, fast one): a confirmed save survives a crashed backend, and a frozen database
 * gives the 503 page within seconds, then pages come back.
 */
class DatabaseFaultTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aConfirmedSaveSurvivesABackendKilledRightAfterIt(@TempDir Path dataDir) throws Exception {
		try (var portal = start(dataDir)) {
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			String slug = jdbc.sql("select slug from news order by id limit 1").query(String.class).single();
			long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();

			jdbc.sql("update news set title = 'Titolo salvato prima del guasto' where slug = ?").param(slug).update();
			signal("KILL", List.of(backend));

			DatabaseStatus status = portal.getBean(DatabaseStatus.class);
			awaitAvailable(status, Duration.ofSeconds(20));
			assertThat(jdbc.sql("select title from news where slug = ?").param(slug).query(String.class).single())
				.isEqualTo("Titolo salvato prima del guasto");
		}
	}

	@Test
	void aFrozenDatabaseGivesThe503PageWithinSecondsAndPagesComeBackAfter(@TempDir Path dataDir) throws Exception {
		try (var portal = start(dataDir)) {
			int port = Integer.parseInt(portal.getEnvironment().getProperty("local.server.port"));
			assertThat(get(port, "/pratiche").statusCode()).isEqualTo(200);
			List<Long> postgres = postgresProcesses(dataDir);
			signal("STOP", postgres);
			try {
				long frozenAt = System.nanoTime();
				HttpResponse<String> page = get(port, "/pratiche");
				assertThat(seconds(frozenAt)).as("seconds to the first answer").isLessThanOrEqualTo(3.0);
				assertThat(page.statusCode()).isEqualTo(503);
				assertThat(page.headers().firstValue("Retry-After")).contains("30");
				assertThat(page.body()).contains("Servizio temporaneamente non disponibile");
				assertThat(get(port, "/").statusCode()).isEqualTo(503);
				assertThat(get(port, "/assets/css/portal.css").statusCode()).isEqualTo(200);
				awaitStatus(port, "/actuator/health", 503, Duration.ofSeconds(3));
				assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(503);

				// a staff member who saves now is told nothing was saved and gets the
				// text back
				HttpResponse<String> save = this.http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/notizie"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers
							.ofString("title=Il+mio+titolo&body=Testo+scritto+con+cura&_csrf=t"))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(save.statusCode()).isEqualTo(503);
				assertThat(save.body()).contains("La modifica non è stata salvata", "Il mio titolo",
						"Testo scritto con cura");
			}
			finally {
				signal("CONT", postgres);
			}
			long resumedAt = System.nanoTime();
			awaitStatus(port, "/pratiche", 200, Duration.ofSeconds(5));
			assertThat(seconds(resumedAt)).isLessThanOrEqualTo(5.0);
			assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(PortalApplication.class).web(WebApplicationType.SERVLET)
			.run("--portal.test.own-database=true", "--portal.embedded-db.data-dir=" + dataDir, "--server.port=0");
	}

	/** The postmaster (first line of postmaster.pid) and every process it started. */
	static List<Long> postgresProcesses(Path dataDir) throws IOException {
		long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
		List<Long> pids = new ArrayList<>();
		pids.add(postmaster);
		ProcessHandle.of(postmaster).orElseThrow().descendants().map(ProcessHandle::pid).forEach(pids::add);
		return pids;
	}

	static void signal(String signal, List<Long> pids) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach(pid -> command.add(String.valueOf(pid)));
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", path.startsWith("/actuator/") ? "application/json" : "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void awaitStatus(int port, String path, int status, Duration within) throws Exception {
		long deadline = System.nanoTime() + within.toNanos();
		int last;
		do {
			last = get(port, path).statusCode();
			if (last == status) {
				return;
			}
			Thread.sleep(100);
		}
		while (System.nanoTime() < deadline);
		assertThat(last).as(path + " within " + within).isEqualTo(status);
	}

	private static void awaitAvailable(DatabaseStatus status, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		Thread.sleep(1500);
		while (!status.available() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(status.available()).isTrue();
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
