package it.anci.welfare.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import it.anci.welfare.catalogue.search.CatalogueFeed;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.mail.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digests of confirmed subscriptions, on the schedule
 * {@code portal.alerts.digest-cron} (Europe/Rome). A subscription is due when its period
 * (a day, a week) has passed since its last digest, less {@link #EARLY}: a run at 7:00
 * finds due one served at 7:00:05 the day before. Each is handled in its own transaction,
 * its row held with {@code for update skip locked}, so several portal instances running
 * the job never send one digest twice; the message is written to the outbox in that
 * transaction, with the new end of the period.
 */
@Component
public class AlertDigests {

	static final Duration EARLY = Duration.ofHours(1);

	/**
	 * The period ends this long before the run: a card saved by a transaction still open
	 * at the run (its time is the start of that transaction) falls in the next digest
	 * instead of in none.
	 */
	static final Duration SETTLE = Duration.ofMinutes(1);

	static final int MAX_CARDS = 50;

	private static final Logger log = LoggerFactory.getLogger(AlertDigests.class);

	private record Due(long id, SavedSearch search, Frequency frequency, Instant since, AlertMails.Links links) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SearchAlerts alerts;

	private final CatalogueFeed feed;

	private final AlertMails mails;

	private final MailOutbox outbox;

	private final Clock clock;

	AlertDigests(JdbcClient jdbc, TransactionTemplate transactions, SearchAlerts alerts, CatalogueFeed feed,
			AlertMails mails, MailOutbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.alerts = alerts;
		this.feed = feed;
		this.mails = mails;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Scheduled(cron = "${portal.alerts.digest-cron}", zone = "Europe/Rome")
	void scheduled() {
		int sent = sendDigests(this.clock.instant());
		log.info("Search alerts: {} digests written to the outbox", sent);
	}

	/**
	 * Deletes the requests never confirmed, then handles every subscription due at
	 * {@code now}; returns how many digests were written (a subscription with no new or
	 * updated card gets none, and its period moves on).
	 */
	public int sendDigests(Instant now) {
		this.transactions.executeWithoutResult(status -> this.alerts.deleteExpired());
		int sent = 0;
		Boolean written;
		while ((written = this.transactions.execute(status -> digestOne(now))) != null) {
			sent += written ? 1 : 0;
		}
		return sent;
	}

	/**
	 * True when a digest was written, false when the due subscription had nothing new,
	 * null when none is due.
	 */
	private Boolean digestOne(Instant now) {
		Optional<Due> due = this.jdbc.sql("""
				select a.id, a.parameters, a.frequency, a.last_digest_at, r.email, a.unsubscribe_token, r.manage_token
				from search_alert a join alert_recipient r on r.id = a.recipient_id
				where a.confirmed_at is not null
				and ((a.frequency = 'GIORNALIERA' and a.last_digest_at <= :daily)
				    or (a.frequency = 'SETTIMANALE' and a.last_digest_at <= :weekly))
				order by a.last_digest_at, a.id limit 1 for update of a skip locked""")
			.param("daily", SearchAlerts.utc(dueBefore(now, Frequency.GIORNALIERA)))
			.param("weekly", SearchAlerts.utc(dueBefore(now, Frequency.SETTIMANALE)))
			.query((rs, n) -> new Due(rs.getLong(1), new SavedSearch(rs.getString(2)),
					Frequency.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
					new AlertMails.Links(rs.getString(5), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class))))
			.optional();
		if (due.isEmpty()) {
			return null;
		}
		Due alert = due.get();
		Instant until = now.minus(SETTLE);
		CatalogueQuery query = this.alerts.query(alert.search());
		List<CatalogueFeed.Entry> cards = this.feed.changedBetween(query, alert.since(), until, MAX_CARDS + 1);
		if (!cards.isEmpty()) {
			this.outbox.enqueue(this.mails.digest(alert.links(), query, alert.frequency(), alert.since(),
					cards.subList(0, Math.min(cards.size(), MAX_CARDS)), cards.size() > MAX_CARDS));
		}
		this.jdbc.sql("update search_alert set last_digest_at = ? where id = ?")
			.params(SearchAlerts.utc(until), alert.id())
			.update();
		return !cards.isEmpty();
	}

	private static Instant dueBefore(Instant now, Frequency frequency) {
		return now.minus(frequency.period()).plus(EARLY);
	}

}
