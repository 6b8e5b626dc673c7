package it.anci.welfare.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says once at start which external database the portal uses (the embedded one logs
 * itself).
 */
@Component
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
class ExternalDatabaseLogger {

	private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseLogger.class);

	private final String url;

	ExternalDatabaseLogger(@Value("${spring.datasource.url}") String url) {
		this.url = url;
	}

	@EventListener(ApplicationStartedEvent.class)
	void logDatabase() {
		// the query string may carry credentials: log only the location
		log.info("Database: external PostgreSQL at {}", url.replaceAll("\\?.*$", ""));
	}

}
