package it.anci.welfare.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.anci.welfare.mail.MailComposer;
import it.anci.welfare.mail.MailOutbox;
import it.anci.welfare.mail.OutgoingMail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One message about a meeting to one person: recorded in {@code meeting_mailing} and
 * written to the outbox in the same transaction. The record's unique indexes make it
 * idempotent: a message already recorded (same meeting, address and SEQUENCE for an
 * invitation; same meeting, address and kind for a reminder or the minutes) is not
 * written again.
 */
@Component
class ConvocationMail {

	/** What a message says; the invitations carry the {@code .ics}. */
	enum Kind {

		CONVOCAZIONE("Convocazione"), AGGIORNAMENTO("Aggiornamento"), ANNULLAMENTO("Annullamento"),
		PROMEMORIA("Promemoria"), VERBALE("Verbale");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

		boolean invitation() {
			return this == CONVOCAZIONE || this == AGGIORNAMENTO || this == ANNULLAMENTO;
		}

	}

	record Recipient(String name, String email) {
	}

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, 'ore' HH:mm", Locale.ITALY);

	private static final Pattern ADDRESS = Pattern.compile("<([^>]+)>");

	private final JdbcClient jdbc;

	private final MailComposer composer;

	private final MailOutbox outbox;

	private final MeetingCalendar calendar;

	private final Clock clock;

	private final String organizer;

	ConvocationMail(JdbcClient jdbc, MailComposer composer, MailOutbox outbox, MeetingCalendar calendar, Clock clock,
			@Value("${portal.mail.from}") String from) {
		this.jdbc = jdbc;
		this.composer = composer;
		this.outbox = outbox;
		this.calendar = calendar;
		this.clock = clock;
		Matcher address = ADDRESS.matcher(from);
		this.organizer = address.find() ? address.group(1) : from.strip();
	}

	/** Records and writes the message; false when it had already been sent. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean deliver(Meeting meeting, Recipient to, Kind kind, List<String> changes, String actor) {
		boolean recorded = this.jdbc.sql("""
				insert into meeting_mailing (meeting_id, email, name, kind, sequence, sent_by, sent_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
			.params(meeting.id(), to.email(), to.name(), kind.name(), meeting.sequence(), actor,
					Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.optional()
			.isPresent();
		if (!recorded) {
			return false;
		}
		OutgoingMail mail = this.composer.compose(to.email(), subject(meeting, kind),
				kind == Kind.VERBALE ? "meeting-minutes" : "meeting-convocation",
				variables(meeting, to, kind, changes));
		if (kind.invitation()) {
			String method = meeting.cancelled() ? "CANCEL" : "REQUEST";
			mail = mail.withAttachment(
					new OutgoingMail.Attachment(meeting.cancelled() ? "annullamento.ics" : "convocazione.ics",
							"text/calendar; charset=UTF-8; method=" + method, this.calendar.invitation(meeting,
									this.composer.portalUrl(), this.organizer, to.name(), to.email())));
		}
		this.outbox.enqueue(mail);
		return true;
	}

	private Map<String, Object> variables(Meeting meeting, Recipient to, Kind kind, List<String> changes) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("kind", kind.name());
		variables.put("name", to.name());
		variables.put("meeting", meeting);
		variables.put("when",
				WHEN.format(meeting.start()) + "–" + meeting.end().format(DateTimeFormatter.ofPattern("HH:mm")));
		variables.put("place", meeting.location());
		variables.put("link", this.composer.portalUrl() + "/riunioni/" + meeting.slug());
		variables.put("changes", changes);
		if (kind == Kind.VERBALE) {
			variables.put("minutesText",
					this.jdbc.sql("select minutes_markdown from meeting where id = ?")
						.param(meeting.id())
						.query(String.class)
						.single());
		}
		return variables;
	}

	private static String subject(Meeting meeting, Kind kind) {
		String day = meeting.start().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ITALY));
		return switch (kind) {
			case CONVOCAZIONE -> "Convocazione: " + meeting.title() + " – " + day;
			case AGGIORNAMENTO -> "Convocazione aggiornata: " + meeting.title() + " – " + day;
			case ANNULLAMENTO -> "Riunione annullata: " + meeting.title() + " – " + day;
			case PROMEMORIA -> "Promemoria: " + meeting.title() + " – " + day;
			case VERBALE -> "Verbale: " + meeting.title() + " – " + day;
		};
	}

	/**
	 * Everyone who received an invitation to the meeting, under the name of their latest
	 * one.
	 */
	List<Recipient> invited(long meetingId) {
		return this.jdbc.sql("""
				select distinct on (lower(email)) name, email from meeting_mailing
				where meeting_id = ? and kind in ('CONVOCAZIONE', 'AGGIORNAMENTO', 'ANNULLAMENTO')
				order by lower(email), sent_at desc, id desc""")
			.param(meetingId)
			.query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2)))
			.list();
	}

}
