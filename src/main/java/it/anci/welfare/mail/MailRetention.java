package it.anci.welfare.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox keeps a message (and its attachments) for {@code portal.mail.retention}, 90
 * days unless configured (PORTAL_MAIL_RETENTION), then deletes it, whatever became of it:
 * the messages carry personal data (names, addresses, what a citizen wrote through a
 * card's contact form), and after that time a confirmation link or a reminder is of no
 * use to anyone. Runs every night.
 */
@Component
class MailRetention {

	private static final Logger log = LoggerFactory.getLogger(MailRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	MailRetention(JdbcClient jdbc, Clock clock, @Value("${portal.mail.retention:P90D}") Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${portal.mail.retention-cron:0 40 3 * * *}")
	int purge() {
		int deleted = this.jdbc.sql("delete from mail_message where created_at < :cutoff")
			.param("cutoff", Timestamp.from(this.clock.instant().minus(this.retention)))
			.update();
		if (deleted > 0) {
			log.info("Outbox: {} messages older than {} deleted", deleted, this.retention);
		}
		return deleted;
	}

}
