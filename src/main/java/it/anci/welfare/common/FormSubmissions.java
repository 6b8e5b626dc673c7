package it.anci.welfare.common;

import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Create forms carry a one-time token, so that a double click or a resent POST lands on
 * the item the first one created instead of failing or creating it twice. Used inside the
 * transaction that creates the item.
 */
@Component
public class FormSubmissions {

	private final JdbcClient jdbc;

	FormSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A token for a new form. */
	public static String newToken() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Claims {@code token} for this creation. Empty when this is its first submission
	 * (the caller creates the item and calls {@link #complete}); otherwise the id of the
	 * item the first submission created, waiting for it to commit. No token (an old form,
	 * a script) means no protection.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OptionalLong claim(String token, String kind) {
		UUID id = parse(token);
		if (id == null) {
			return OptionalLong.empty();
		}
		int claimed = this.jdbc.sql("insert into form_submission (token, kind) values (?, ?) on conflict do nothing")
			.params(id, kind)
			.update();
		if (claimed == 1) {
			this.jdbc.sql("delete from form_submission where created_at < now() - interval '2 days'").update();
			return OptionalLong.empty();
		}
		return this.jdbc.sql("select item_id from form_submission where token = ? and kind = ? and item_id is not null")
			.params(id, kind)
			.query(Long.class)
			.optional()
			.map(OptionalLong::of)
			.orElseThrow(() -> InvalidRequestException.of("common.form.alreadySent"));
	}

	/**
	 * True when a submission of {@code token} was already received: a repeat, not a new
	 * item.
	 */
	@Transactional(readOnly = true)
	public boolean received(String token) {
		UUID id = parse(token);
		return id != null && this.jdbc.sql("select count(*) from form_submission where token = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(String token, long itemId) {
		UUID id = parse(token);
		if (id != null) {
			this.jdbc.sql("update form_submission set item_id = ? where token = ?").params(itemId, id).update();
		}
	}

	private static UUID parse(String token) {
		try {
			return token == null || token.isBlank() ? null : UUID.fromString(token.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
