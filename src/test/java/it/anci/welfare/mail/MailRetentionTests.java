package it.anci.welfare.mail;

import java.util.List;

import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class MailRetentionTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailRetention retention;

	@AfterEach
	void emptyTheOutbox() {
		this.jdbc.sql("delete from mail_message").update();
	}

	/**
	 * After 90 days a message goes, sent, failed or never sent, with its attachments; a
	 * younger one stays.
	 */
	@Test
	void messagesOlderThanTheRetentionAreDeletedWithTheirAttachments() {
		long oldSent = message("SENT", "91 days");
		long oldPending = message("PENDING", "120 days");
		long recent = message("SENT", "89 days");
		this.jdbc
			.sql("insert into mail_attachment (mail_id, position, filename, media_type, content) "
					+ "values (:id, 0, 'convocazione.ics', 'text/calendar', 'x'::bytea)")
			.param("id", oldSent)
			.update();

		assertThat(this.retention.purge()).isEqualTo(2);

		// other test classes of the same JVM may have left messages of their own
		assertThat(this.jdbc.sql("select id from mail_message where id in (:ids)")
			.param("ids", List.of(oldSent, oldPending, recent))
			.query(Long.class)
			.list()).containsExactly(recent);
		assertThat(this.jdbc.sql("select count(*) from mail_attachment where mail_id = :id")
			.param("id", oldSent)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.retention.purge()).isZero();
	}

	private long message(String status, String age) {
		return this.jdbc
			.sql("insert into mail_message (recipient, subject, body_text, body_html, status, created_at) "
					+ "values ('ufficio@comune.example', 'Oggetto', 'testo', '<p>testo</p>', :status, "
					+ "now() - cast(:age as interval)) returning id")
			.param("status", status)
			.param("age", age)
			.query(Long.class)
			.single();
	}

}
