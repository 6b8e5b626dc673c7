package it.anci.welfare.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import it.anci.welfare.catalogue.search.CatalogueFilters;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.mail.MailOutbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to catalogue searches: the request (which writes the confirmation
 * e-mail), the confirmation, the cancellations. A cancelled subscription is deleted, and
 * so is an address left without subscriptions.
 */
@Service
@Transactional
public class SearchAlerts {

	public static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

	/**
	 * Requests not yet confirmed for one address within an hour: enough for a mistyped
	 * search, too few to flood it.
	 */
	public static final int PENDING_PER_HOUR = 3;

	/** A subscription as its pages show it. */
	public record Alert(String summary, String searchUrl, Frequency frequency, boolean confirmed, UUID unsubscribeToken,
			UUID manageToken, boolean expired) {
	}

	/** An address and its subscriptions, on the page of its private link. */
	public record Recipient(String email, UUID manageToken, List<Alert> alerts) {
	}

	public enum Request {

		SENT, TOO_MANY

	}

	public enum Confirmation {

		CONFIRMED, EXPIRED, UNKNOWN

	}

	private record RecipientRow(long id, UUID manageToken) {
	}

	private record PendingRow(long id, long recipientId, String parameters, Instant confirmBy) {
	}

	private static final String ALERT_COLUMNS = """
			select a.parameters, a.frequency, a.confirmed_at is not null, a.unsubscribe_token, r.manage_token, a.confirm_by
			from search_alert a join alert_recipient r on r.id = a.recipient_id""";

	private final JdbcClient jdbc;

	private final CatalogueFilters filters;

	private final AlertMails mails;

	private final MailOutbox outbox;

	private final Clock clock;

	SearchAlerts(JdbcClient jdbc, CatalogueFilters filters, AlertMails mails, MailOutbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.filters = filters;
		this.mails = mails;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** The address as stored and compared: no surrounding spaces, lower case. */
	public static String normalized(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Records a request and writes its confirmation e-mail, unless the address already
	 * has too many waiting.
	 */
	public Request subscribe(String email, CatalogueQuery query, Frequency frequency) {
		Instant now = this.clock.instant();
		String address = normalized(email);
		long waiting = this.jdbc.sql("""
				select count(*) from search_alert a join alert_recipient r on r.id = a.recipient_id
				where r.email = ? and a.confirmed_at is null and a.created_at > ?""")
			.params(address, utc(now.minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		if (waiting >= PENDING_PER_HOUR) {
			return Request.TOO_MANY;
		}
		// an address already known keeps its private link (the update only makes
		// "returning" give the row)
		var recipient = this.jdbc.sql("""
				insert into alert_recipient (email, manage_token, created_at) values (?, ?, ?)
				on conflict (email) do update set email = excluded.email returning id, manage_token""")
			.params(address, UUID.randomUUID(), utc(now))
			.query((rs, n) -> new RecipientRow(rs.getLong(1), rs.getObject(2, UUID.class)))
			.single();
		UUID confirmToken = UUID.randomUUID();
		UUID unsubscribeToken = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into search_alert (recipient_id, parameters, frequency, confirm_token, confirm_by, unsubscribe_token,
					    created_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(recipient.id(), SavedSearch.of(query).parameters(), frequency.name(), confirmToken,
					utc(now.plus(CONFIRMATION_VALIDITY)), unsubscribeToken, utc(now))
			.update();
		this.outbox
			.enqueue(this.mails.confirmation(new AlertMails.Links(address, unsubscribeToken, recipient.manageToken()),
					confirmToken, query, frequency));
		return Request.SENT;
	}

	/**
	 * The subscription a confirmation link asks to confirm, still unconfirmed (expired or
	 * not).
	 */
	@Transactional(readOnly = true)
	public Optional<Alert> awaitingConfirmation(UUID confirmToken) {
		return this.jdbc.sql(ALERT_COLUMNS + " where a.confirm_token = ?")
			.param(confirmToken)
			.query(this::alert)
			.optional();
	}

	/**
	 * Confirms the subscription once: the token is cleared. A confirmed subscription
	 * replaces an older one of the same address for the same search, so subscribing again
	 * changes the frequency. An expired request is deleted.
	 */
	public Confirmation confirm(UUID confirmToken) {
		Instant now = this.clock.instant();
		var row = this.jdbc
			.sql("select id, recipient_id, parameters, confirm_by from search_alert where confirm_token = ? "
					+ "for update")
			.param(confirmToken)
			.query((rs, n) -> new PendingRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.optional();
		if (row.isEmpty()) {
			return Confirmation.UNKNOWN;
		}
		PendingRow alert = row.get();
		if (alert.confirmBy().isBefore(now)) {
			delete("delete from search_alert where id = ? returning recipient_id", alert.id());
			return Confirmation.EXPIRED;
		}
		this.jdbc.sql("update search_alert set confirm_token = null, confirmed_at = ?, last_digest_at = ? where id = ?")
			.params(utc(now), utc(now), alert.id())
			.update();
		this.jdbc
			.sql("delete from search_alert where recipient_id = ? and parameters = ? and id <> ? "
					+ "and confirmed_at is not null")
			.params(alert.recipientId(), alert.parameters(), alert.id())
			.update();
		return Confirmation.CONFIRMED;
	}

	@Transactional(readOnly = true)
	public Optional<Alert> byUnsubscribeToken(UUID unsubscribeToken) {
		return this.jdbc.sql(ALERT_COLUMNS + " where a.unsubscribe_token = ?")
			.param(unsubscribeToken)
			.query(this::alert)
			.optional();
	}

	/** Deletes the subscription (confirmed or not); true when there was one. */
	public boolean unsubscribe(UUID unsubscribeToken) {
		return delete("delete from search_alert where unsubscribe_token = ? returning recipient_id", unsubscribeToken);
	}

	@Transactional(readOnly = true)
	public Optional<Recipient> recipient(UUID manageToken) {
		Optional<String> email = this.jdbc.sql("select email from alert_recipient where manage_token = ?")
			.param(manageToken)
			.query(String.class)
			.optional();
		return email.map(address -> new Recipient(address, manageToken,
				this.jdbc.sql(ALERT_COLUMNS + " where r.manage_token = ? order by a.created_at, a.id")
					.param(manageToken)
					.query(this::alert)
					.list()));
	}

	/** Deletes the address and every subscription of it; true when there was one. */
	public boolean cancelAll(UUID manageToken) {
		return this.jdbc.sql("delete from alert_recipient where manage_token = ?").param(manageToken).update() > 0;
	}

	/**
	 * Deletes the requests never confirmed in time, and the addresses they leave without
	 * subscriptions.
	 */
	public int deleteExpired() {
		int deleted = this.jdbc.sql("delete from search_alert where confirmed_at is null and confirm_by < ?")
			.param(utc(this.clock.instant()))
			.update();
		this.jdbc.sql(
				"delete from alert_recipient r where not exists (select 1 from search_alert a where a.recipient_id = r.id)")
			.update();
		return deleted;
	}

	@Transactional(readOnly = true)
	public long confirmedCount() {
		return this.jdbc.sql("select count(*) from search_alert where confirmed_at is not null")
			.query(Long.class)
			.single();
	}

	/** The stored search read back as a catalogue query. */
	CatalogueQuery query(SavedSearch search) {
		return this.filters.parse(search.asMap());
	}

	private boolean delete(String deletion, Object parameter) {
		Optional<Long> recipient = this.jdbc.sql(deletion).param(parameter).query(Long.class).optional();
		recipient.ifPresent(
				id -> this.jdbc
					.sql("delete from alert_recipient r where id = ? and not exists "
							+ "(select 1 from search_alert a where a.recipient_id = r.id)")
					.param(id)
					.update());
		return recipient.isPresent();
	}

	private Alert alert(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		CatalogueQuery query = query(new SavedSearch(rs.getString(1)));
		return new Alert(AlertMails.summary(query), query.onPage(1).url(), Frequency.valueOf(rs.getString(2)),
				rs.getBoolean(3), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
				!rs.getBoolean(3) && rs.getTimestamp(6).toInstant().isBefore(this.clock.instant()));
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
