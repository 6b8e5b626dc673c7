package it.anci.welfare.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.common.Message;
import it.anci.welfare.meetings.ConvocationMail.Kind;
import it.anci.welfare.meetings.ConvocationMail.Recipient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convocations e-mailed to the members of the meeting's body, with the {@code .ics}
 * invitation: the first sending, an update when the date, time or place of a meeting
 * already sent changes (SEQUENCE incremented), the cancellation ({@code METHOD:CANCEL})
 * and the minutes once they are written. Every message commits with the change that
 * causes it.
 */
@Service
@Transactional
public class Convocations {

	private static final String TARGET = "riunione";

	private final JdbcClient jdbc;

	private final MeetingEditor editor;

	private final MeetingService meetings;

	private final MeetingMembers members;

	private final ConvocationMail mail;

	private final AuditLog audit;

	private final Clock clock;

	Convocations(JdbcClient jdbc, MeetingEditor editor, MeetingService meetings, MeetingMembers members,
			ConvocationMail mail, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.editor = editor;
		this.meetings = meetings;
		this.members = members;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	/** One message of the record shown on the meeting's admin page. */
	public record Sent(String name, String email, String kind, int sequence, Instant sentAt, String sentBy) {
	}

	/**
	 * What the admin page shows; {@code refusal} says why a convocation cannot be sent
	 * now (null when it can).
	 */
	public record Summary(String bodyName, List<MeetingMembers.Member> activeMembers, boolean cancelled, int sequence,
			Message refusal, List<Sent> sent, int invited) {
	}

	/** What a save sent: updates of the convocation and copies of the minutes. */
	public record Outcome(int updates, int minutes) {
	}

	/**
	 * Raised when the convocation cannot be sent or the meeting cancelled; the message is
	 * for staff.
	 */
	public static class RefusedException extends RuntimeException {

		private final Message text;

		RefusedException(Message text) {
			super(text.toString());
			this.text = text;
		}

		/** Why, by key of i18n/meetings.properties. */
		public Message text() {
			return this.text;
		}

	}

	@Transactional(readOnly = true)
	public Summary summary(long meetingId) {
		Meeting meeting = this.meetings.preview(meetingId);
		List<MeetingMembers.Member> active = meeting.bodyName() == null ? List.of()
				: this.members.active(meeting.bodyName());
		List<Sent> sent = this.jdbc.sql("""
				select name, email, kind, sequence, sent_at, sent_by from meeting_mailing where meeting_id = ?
				order by sent_at desc, id desc""")
			.param(meetingId)
			.query((rs, n) -> new Sent(rs.getString(1), rs.getString(2), Kind.valueOf(rs.getString(3)).label(),
					rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
		return new Summary(meeting.bodyName(), active, meeting.cancelled(), meeting.sequence(),
				refusal(meeting, active), sent, this.mail.invited(meetingId).size());
	}

	/**
	 * E-mails the convocation to every active member who has not had it yet at the
	 * current SEQUENCE.
	 */
	public int send(long meetingId, String actor) {
		Meeting meeting = this.meetings.preview(meetingId);
		List<MeetingMembers.Member> active = meeting.bodyName() == null ? List.of()
				: this.members.active(meeting.bodyName());
		Message refusal = refusal(meeting, active);
		if (refusal != null) {
			throw new RefusedException(refusal);
		}
		int sent = 0;
		for (MeetingMembers.Member member : active) {
			if (this.mail.deliver(meeting, new Recipient(member.name(), member.email()), Kind.CONVOCAZIONE, List.of(),
					actor)) {
				sent++;
			}
		}
		if (sent > 0) {
			this.audit.record(actor, "CONVOCAZIONE_INVIATA", TARGET, meeting.slug(),
					sent + " membri di " + meeting.bodyName());
		}
		return sent;
	}

	/**
	 * Cancels the meeting (shown as «Annullata») and sends {@code METHOD:CANCEL} to
	 * everyone who was invited.
	 */
	public int cancel(long meetingId, String actor) {
		int updated = this.jdbc.sql("""
				update meeting set cancelled_at = ?, ical_sequence = ical_sequence + 1, updated_at = now(),
				    version = version + 1 where id = ? and cancelled_at is null""")
			.params(Timestamp.from(this.clock.instant()), meetingId)
			.update();
		Meeting meeting = this.meetings.preview(meetingId);
		if (updated == 0) {
			throw new RefusedException(Message.of("meetings.convocations.refusal.alreadyCancelled"));
		}
		this.audit.record(actor, "ANNULLATO", TARGET, meeting.slug(), meeting.title());
		return deliverAll(meeting, Kind.ANNULLAMENTO, List.of(), actor);
	}

	/**
	 * Saves the staff's changes; when the date, time or place of a meeting already sent
	 * changed, the invited get an update saying what changed, and when the minutes are
	 * written they get them (once).
	 */
	public Outcome update(MeetingEditor.Draft draft, String actor) {
		MeetingEditor.Draft before = this.editor.draft(draft.id()).orElse(null);
		this.editor.update(draft, actor);
		Meeting meeting = this.meetings.preview(draft.id());
		if (meeting.cancelled() || this.mail.invited(meeting.id()).isEmpty()) {
			return new Outcome(0, 0);
		}
		int updates = 0;
		List<String> changes = ConvocationChanges.changes(before, draft);
		if (!changes.isEmpty()) {
			this.jdbc.sql("update meeting set ical_sequence = ical_sequence + 1 where id = ?")
				.param(meeting.id())
				.update();
			updates = deliverAll(this.meetings.preview(meeting.id()), Kind.AGGIORNAMENTO, changes, actor);
		}
		int minutes = 0;
		if (draft.published() && draft.minutes() != null && !draft.minutes().isBlank()) {
			minutes = deliverAll(meeting, Kind.VERBALE, List.of(), actor);
		}
		return new Outcome(updates, minutes);
	}

	/**
	 * The reminder to everyone invited to a meeting that starts within 48 hours of
	 * {@code now}; see the job.
	 */
	int remind(Meeting meeting) {
		return deliverAll(meeting, Kind.PROMEMORIA, List.of(), "sistema");
	}

	private int deliverAll(Meeting meeting, Kind kind, List<String> changes, String actor) {
		int sent = 0;
		for (Recipient recipient : this.mail.invited(meeting.id())) {
			if (this.mail.deliver(meeting, recipient, kind, changes, actor)) {
				sent++;
			}
		}
		return sent;
	}

	private Message refusal(Meeting meeting, List<MeetingMembers.Member> active) {
		if (meeting.cancelled()) {
			return Message.of("meetings.convocations.refusal.cancelled");
		}
		if (!this.jdbc.sql("select " + MeetingService.PUBLISHED + " from meeting m where m.id = ?")
			.param(meeting.id())
			.query(Boolean.class)
			.single()) {
			return Message.of("meetings.convocations.refusal.draft");
		}
		if (!meeting.startsAt().isAfter(this.clock.instant())) {
			return Message.of("meetings.convocations.refusal.started");
		}
		if (meeting.bodyName() == null) {
			return Message.of("meetings.convocations.refusal.noBody");
		}
		if (active.isEmpty()) {
			return Message.of("meetings.convocations.refusal.noMembers", meeting.bodyName());
		}
		return null;
	}

}
