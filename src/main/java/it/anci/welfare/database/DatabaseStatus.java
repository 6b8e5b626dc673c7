package it.anci.welfare.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import it.anci.welfare.common.BackgroundThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL answers, checked every half second on a connection of its own with
 * one-second timeouts. Pages ask it before they touch the pool, so that a stopped or
 * frozen database gives a 503 page at once instead of requests that hang on the pool
 * (issue 11: 15–30 s, then a 500). It is also the health indicator "database".
 */
@Component("database")
public class DatabaseStatus implements HealthIndicator, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStatus.class);

	private static final long PERIOD_MILLIS = 500;

	private final HikariDataSource pool;

	private ScheduledExecutorService scheduler;

	private Connection connection;

	private volatile boolean available = true;

	private volatile boolean running;

	DatabaseStatus(DataSource dataSource) throws SQLException {
		// the pool's address and credentials, also when the pool is wrapped (statement
		// counting in tests)
		this.pool = dataSource.unwrap(HikariDataSource.class);
	}

	/**
	 * False from at most about a second and a half after the database stops answering,
	 * until it answers again.
	 */
	public boolean available() {
		return this.available;
	}

	@Override
	public Health health() {
		return this.available ? Health.up().build()
				: Health.down().withDetail("reason", "PostgreSQL does not answer").build();
	}

	/** One probe now, as the scheduler runs it (tests and the first check at start). */
	void probe() {
		try {
			if (this.connection == null || this.connection.isClosed()) {
				this.connection = connect();
			}
			// no query timeout: its cancel request waits for the frozen server too; the
			// socket timeout (1 s) ends it
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("select 1");
			}
			changeTo(true);
		}
		catch (SQLException | RuntimeException ex) {
			closeConnection();
			changeTo(false);
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.pool.getUsername() != null) {
			properties.setProperty("user", this.pool.getUsername());
		}
		if (this.pool.getPassword() != null) {
			properties.setProperty("password", this.pool.getPassword());
		}
		properties.setProperty("connectTimeout", "1");
		properties.setProperty("loginTimeout", "1");
		properties.setProperty("socketTimeout", "1");
		properties.setProperty("ApplicationName", "portal database status");
		return DriverManager.getConnection(this.pool.getJdbcUrl(), properties);
	}

	private void changeTo(boolean answers) {
		if (answers != this.available) {
			if (answers) {
				log.info("Database answers again: pages are served");
			}
			else {
				log.warn("Database does not answer: pages get the 503 page until it returns");
			}
		}
		this.available = answers;
	}

	private void closeConnection() {
		if (this.connection != null) {
			try {
				this.connection.close();
			}
			catch (SQLException ignored) {
				// already broken
			}
			this.connection = null;
		}
	}

	@Override
	public void start() {
		this.scheduler = BackgroundThreads.scheduled("database-status");
		this.scheduler.scheduleWithFixedDelay(this::probe, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
		this.running = true;
	}

	/**
	 * Stopped with the web server's phase, before the pool and the embedded database
	 * close.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.scheduler.shutdownNow();
		try {
			this.scheduler.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		closeConnection();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
