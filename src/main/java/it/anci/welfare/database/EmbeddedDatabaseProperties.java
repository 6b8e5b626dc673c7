package it.anci.welfare.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is
 * configured.
 *
 * @param dataDir folder of the database cluster, relative to the working directory unless
 * absolute
 * @param port TCP port on loopback; 0 picks a free one
 */
@ConfigurationProperties("portal.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDir, @DefaultValue("0") int port) {
}
