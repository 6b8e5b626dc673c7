package it.anci.welfare.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a private PostgreSQL 17 when no external database is configured, so that a fresh
 * clone runs with one command. The cluster lives in a persistent folder: a second start
 * reuses it and Flyway applies nothing new.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * PostgreSQL's durable defaults: the library starts the server with {@code -F} (fsync
	 * off) and {@code synchronous_commit=off}, which lost a confirmed staff edit when one
	 * backend crashed (issue 11). Tests that share one database keep the library's fast
	 * settings (see the test support); this is the path users run.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
		Files.createDirectories(dataDir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			.setServerConfig("timezone", "UTC")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start();
		EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDir.toFile());
		log.info("Database: embedded PostgreSQL on localhost:{}, data folder {} ({})", database.port(), dataDir,
				existing ? "existing data reused" : "new cluster created");
		return database;
	}

	/**
	 * Hikari's settings come from spring.datasource.hikari.* as for an external database
	 * (timeouts included).
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
