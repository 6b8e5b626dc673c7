package it.anci.welfare.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Staff sessions in PostgreSQL (Spring Session JDBC), shared by every portal instance.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/**
	 * Two requests of one session that add the same attribute at once (a double click on
	 * "Salva" adds the flash message twice) both inserted it, and the second failed on
	 * the primary key with a 500 (issue 11). PostgreSQL's upsert, as Spring Session's
	 * reference suggests for it, makes the last one win instead.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites() {
		return repository -> repository.setCreateSessionAttributeQuery("""
				INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
				VALUES (?, ?, ?)
				ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
				DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""");
	}

}
