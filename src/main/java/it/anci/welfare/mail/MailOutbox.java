package it.anci.welfare.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail outbox: {@link #enqueue} writes a message in the caller's transaction, so
 * that it exists exactly when the change that causes it is committed; {@link MailWorker}
 * sends it later.
 */
@Service
@Transactional
public class MailOutbox {

	/** A message as staff read it at /admin/posta. */
	public record Message(long id, String to, String subject, String text, String html, Map<String, String> headers,
			String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
			List<String> attachments) {
	}

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	MailOutbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Writes the message in the current transaction (there must be one: the change that
	 * causes the message).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long enqueue(OutgoingMail mail) {
		long id = this.jdbc.sql("""
				insert into mail_message (recipient, subject, body_text, body_html, headers)
				values (?, ?, ?, ?, cast(? as jsonb)) returning id""")
			.params(mail.to().strip(), mail.subject(), mail.text(), mail.html(),
					this.json.writeValueAsString(mail.headers()))
			.query(Long.class)
			.single();
		int position = 0;
		for (OutgoingMail.Attachment attachment : mail.attachments()) {
			this.jdbc.sql(
					"insert into mail_attachment (mail_id, position, filename, media_type, content) values (?, ?, ?, ?, ?)")
				.params(id, position++, attachment.filename(), attachment.mediaType(), attachment.content())
				.update();
		}
		return id;
	}

	@Transactional(readOnly = true)
	public List<Message> latest(int limit) {
		return messages("order by m.id desc limit :limit", Map.of("limit", limit));
	}

	@Transactional(readOnly = true)
	public Optional<Message> message(long id) {
		return messages("and m.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** Counts per state, for the staff page. */
	@Transactional(readOnly = true)
	public Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.LinkedHashMap<>(Map.of("PENDING", 0L, "SENT", 0L, "FAILED", 0L));
		this.jdbc.sql("select status, count(*) from mail_message group by status").query(rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	private List<Message> messages(String condition, Map<String, ?> parameters) {
		return this.jdbc.sql("""
				select m.*, (select coalesce(array_agg(a.filename order by a.position), '{}') from mail_attachment a
				    where a.mail_id = m.id) as attachment_names
				from mail_message m where true""" + " " + condition)
			.params(parameters)
			.query((rs, n) -> new Message(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body_text"), rs.getString("body_html"),
					this.json.readValue(rs.getString("headers"), HEADERS), rs.getString("status"),
					rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
					List.of((String[]) rs.getArray("attachment_names").getArray())))
			.list();
	}

}
