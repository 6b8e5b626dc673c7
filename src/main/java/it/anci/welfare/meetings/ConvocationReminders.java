package it.anci.welfare.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder sent 48 hours before a meeting to everyone who received its convocation,
 * once: the job runs every quarter of an hour on every instance, and the record's unique
 * index lets only one of them write each reminder (a second instance waits for the
 * first's commit, then finds it there). Cancelled meetings, drafts and meetings already
 * started get none, nor does a meeting whose convocation went out less than 48 hours
 * before its start.
 */
@Component
class ConvocationReminders {

	static final Duration BEFORE = Duration.ofHours(48);

	private final JdbcClient jdbc;

	private final MeetingService meetings;

	private final Convocations convocations;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ConvocationReminders(JdbcClient jdbc, MeetingService meetings, Convocations convocations, Clock clock,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.convocations = convocations;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.meetings.reminder-interval:15m}",
			initialDelayString = "${portal.meetings.reminder-interval:15m}")
	void poll() {
		sendDue(this.clock.instant());
	}

	/**
	 * Writes the reminders due at {@code now}, one transaction per meeting; returns how
	 * many.
	 */
	int sendDue(Instant now) {
		List<Long> due = this.jdbc.sql("""
				select m.id from meeting m
				where %s and m.cancelled_at is null and m.starts_at > :now and m.starts_at <= :limit
				  and exists (select 1 from meeting_mailing c where c.meeting_id = m.id
				      and c.kind in ('CONVOCAZIONE', 'AGGIORNAMENTO') and c.sent_at < m.starts_at - interval '48 hours')
				order by m.starts_at""".formatted(MeetingService.PUBLISHED))
			.param("now", Timestamp.from(now))
			.param("limit", Timestamp.from(now.plus(BEFORE)))
			.query(Long.class)
			.list();
		int sent = 0;
		for (long id : due) {
			Integer written = this.transactions.execute(status -> this.convocations.remind(this.meetings.preview(id)));
			sent += written == null ? 0 : written;
		}
		return sent;
	}

}
