package it.anci.welfare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL 17 for the whole test run: a Testcontainers container where a Docker
 * engine answers, otherwise the embedded PostgreSQL (no Docker engine on our build
 * machines). Never H2, never skipped.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static Connection connection;

	private TestDatabase() {
	}

	public record Connection(String url, String username, String password) {
	}

	public static synchronized Connection connection() {
		if (connection == null) {
			connection = dockerAvailable() ? startContainer() : startEmbedded();
		}
		return connection;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' reaper at JVM exit
	private static Connection startContainer() {
		var container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		log.info("Test database: PostgreSQL in Testcontainers (postgres:17-alpine) at {}", container.getJdbcUrl());
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Connection startEmbedded() {
		try {
			var dataDir = Files.createTempDirectory("portal-test-pg");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(true)
				.setServerConfig("timezone", "UTC")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting
				}
			}));
			log.info("Docker is not available: test database is the embedded PostgreSQL 17 on port {}",
					postgres.getPort());
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
