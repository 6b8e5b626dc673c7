package it.anci.welfare.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.common.EditedItems;
import it.anci.welfare.common.FormSubmissions;
import it.anci.welfare.common.ItemKind;
import it.anci.welfare.common.PendingWork;
import it.anci.welfare.common.RichText;
import it.anci.welfare.common.StaleEditException;
import it.anci.welfare.common.TimeConfiguration;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.StoredFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff editing of meeting convocations: details, agenda, working groups, minutes after
 * the meeting, attached files. A save made on an outdated version is refused (optimistic
 * locking); every change goes to the audit log.
 */
@Service
@Transactional
public class MeetingEditor {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final EditedItems<Draft> items;

	private final Attachments attachments;

	MeetingEditor(JdbcClient jdbc, AuditLog audit, Attachments attachments, FormSubmissions submissions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.attachments = attachments;
		this.items = new EditedItems<>(jdbc, submissions, audit::record, ItemKind.MEETING,
				new EditedItems.Conflict<>("meetings.conflict", CONFLICT_FIELDS, this::draft));
	}

	/** What staff edit; {@code version} is the one the form was loaded with. */
	public record Draft(Long id, long version, String title, String bodyName, MeetingKind kind, Instant startsAt,
			Instant endsAt, boolean endEstimated, String venue, String address, String city, String onlineUrl,
			String description, List<String> agenda, List<Meeting.WorkingGroup> workingGroups, String minutes,
			boolean published) {
	}

	public record Row(long id, String slug, String title, Instant startsAt, boolean published, int attachments) {
	}

	/** What the conflict page shows of both versions. */
	private static final List<StaleEditException.Field<Draft>> CONFLICT_FIELDS = List.of(
			StaleEditException.Field.line("news.admin.form.title", Draft::title),
			StaleEditException.Field.line("meetings.conflict.start",
					d -> d.startsAt() == null ? ""
							: d.startsAt()
								.atZone(TimeConfiguration.ROME)
								.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))),
			StaleEditException.Field.line("meetings.show.venue",
					d -> String.join(" ",
							java.util.stream.Stream.of(d.venue(), d.address(), d.city())
								.filter(p -> p != null && !p.isBlank())
								.toList())),
			StaleEditException.Field.text("meetings.conflict.description", Draft::description),
			StaleEditException.Field.text("meetings.show.agenda", d -> String.join("\n", d.agenda())),
			StaleEditException.Field.text("meetings.show.minutes", Draft::minutes));

	@Transactional(readOnly = true)
	public List<Row> all() {
		return this.jdbc.sql("""
				select m.id, m.slug, m.title, m.starts_at, %s,
				    (select count(*) from attachment a where a.owner_type = 'MEETING' and a.owner_id = m.id)
				from meeting m order by m.starts_at desc, m.id desc""".formatted(MeetingService.PUBLISHED))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getBoolean(5), rs.getInt(6)))
			.list();
	}

	/** Meetings in draft and meetings to come, for the staff home. */
	@Transactional(readOnly = true)
	public List<PendingWork> pendingWork(Instant now) {
		return this.jdbc.sql("""
				select count(*) filter (where not %1$s), count(*) filter (where %1$s and m.starts_at > :now)
				from meeting m""".formatted(MeetingService.PUBLISHED))
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, n) -> List.of(new PendingWork("meetings.work.drafts", rs.getLong(1), "/admin/riunioni"),
					new PendingWork("meetings.work.upcoming", rs.getLong(2), "/admin/riunioni")))
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(long id) {
		List<String> agenda = this.jdbc
			.sql("select text from meeting_agenda_item where meeting_id = ? order by position")
			.param(id)
			.query(String.class)
			.list();
		List<Meeting.WorkingGroup> groups = this.jdbc
			.sql("select name, note from meeting_working_group where meeting_id = ? order by position")
			.param(id)
			.query((rs, n) -> new Meeting.WorkingGroup(rs.getString(1), rs.getString(2)))
			.list();
		return this.jdbc.sql("select * from meeting where id = ?")
			.param(id)
			.query((rs, n) -> new Draft(rs.getLong("id"), rs.getLong("version"), rs.getString("title"),
					rs.getString("body_name"), MeetingKind.valueOf(rs.getString("kind")),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getBoolean("end_estimated"), rs.getString("venue"), rs.getString("address"),
					rs.getString("city"), rs.getString("online_url"), rs.getString("description_markdown"), agenda,
					groups, rs.getString("minutes_markdown"), EditedItems.isPublished(rs.getString("status"))))
			.optional();
	}

	@Transactional(readOnly = true)
	public String slug(long id) {
		return this.items.slug(id);
	}

	/**
	 * Creates the meeting with its agenda and working groups; a second submission of
	 * {@code submissionToken} (a create form sent twice) gets the meeting the first
	 * created.
	 */
	public long create(Draft draft, String submissionToken, String actor) {
		return this.items.create(submissionToken, draft.title(), draft.published(), actor,
				"""
						insert into meeting (slug, title, body_name, kind, starts_at, ends_at, end_estimated, venue, address, city,
						    online_url, description_markdown, description_html, minutes_markdown, minutes_html, status)
						values (:slug, :title, :bodyName, :kind, :startsAt, :endsAt, :endEstimated, :venue, :address, :city,
						    :onlineUrl, :description, :descriptionHtml, :minutes, :minutesHtml, :status)
						returning id""",
				values(draft), (slug, id) -> writeLists(id, draft));
	}

	public void update(Draft draft, String actor) {
		this.items.update(draft, draft.id(), draft.version(),
				"""
						title = :title, body_name = :bodyName, kind = :kind, starts_at = :startsAt, ends_at = :endsAt,
						end_estimated = :endEstimated, venue = :venue, address = :address, city = :city, online_url = :onlineUrl,
						description_markdown = :description, description_html = :descriptionHtml, minutes_markdown = :minutes,
						minutes_html = :minutesHtml, status = :status""",
				values(draft));
		writeLists(draft.id(), draft);
		this.items.recordUpdate(slug(draft.id()), draft.published(), draft.title(), actor);
	}

	/** Deletes the meeting with its agenda, groups and attached files. */
	public void delete(long id, String actor) {
		String slug = slug(id);
		for (Attachment attachment : this.attachments.of(Attachment.Owner.MEETING, id)) {
			this.attachments.remove(Attachment.Owner.MEETING, id, attachment.id());
		}
		this.jdbc.sql("delete from meeting where id = ?").param(id).update();
		this.audit.record(actor, "ELIMINATO", ItemKind.MEETING.auditName(), slug, null);
	}

	public void attach(long id, Attachment.Kind kind, String title, StoredFile file, String actor) {
		this.attachments.attach(Attachment.Owner.MEETING, id, kind, title, file, actor);
	}

	public boolean detach(long id, long attachmentId, String actor) {
		return this.attachments.detach(Attachment.Owner.MEETING, id, attachmentId, actor);
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(long id) {
		return this.attachments.of(Attachment.Owner.MEETING, id);
	}

	private void writeLists(long id, Draft draft) {
		this.jdbc.sql("delete from meeting_agenda_item where meeting_id = ?").param(id).update();
		this.jdbc.sql("delete from meeting_working_group where meeting_id = ?").param(id).update();
		for (int i = 0; i < draft.agenda().size(); i++) {
			this.jdbc.sql("insert into meeting_agenda_item (meeting_id, position, text) values (?, ?, ?)")
				.params(id, i, draft.agenda().get(i))
				.update();
		}
		for (int i = 0; i < draft.workingGroups().size(); i++) {
			Meeting.WorkingGroup group = draft.workingGroups().get(i);
			this.jdbc.sql("insert into meeting_working_group (meeting_id, position, name, note) values (?, ?, ?, ?)")
				.params(id, i, group.name(), group.note())
				.update();
		}
	}

	private static Map<String, Object> values(Draft draft) {
		Map<String, Object> values = new HashMap<>();
		values.put("title", draft.title().strip());
		values.put("bodyName", blankToNull(draft.bodyName()));
		values.put("kind", draft.kind().name());
		values.put("startsAt", Timestamp.from(draft.startsAt()));
		values.put("endsAt", Timestamp.from(draft.endsAt()));
		values.put("endEstimated", draft.endEstimated());
		values.put("venue", blankToNull(draft.venue()));
		values.put("address", blankToNull(draft.address()));
		values.put("city", blankToNull(draft.city()));
		values.put("onlineUrl", blankToNull(draft.onlineUrl()));
		values.put("description", draft.description() == null ? "" : draft.description());
		values.put("descriptionHtml", RichText.toHtml(draft.description() == null ? "" : draft.description()));
		values.put("minutes", draft.minutes() == null ? "" : draft.minutes());
		values.put("minutesHtml", RichText.toHtml(draft.minutes() == null ? "" : draft.minutes()));
		values.put("status", EditedItems.status(draft.published()));
		return values;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
