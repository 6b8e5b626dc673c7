package it.anci.welfare.news;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.common.EditedItems;
import it.anci.welfare.common.FormSubmissions;
import it.anci.welfare.common.ItemKind;
import it.anci.welfare.common.PendingWork;
import it.anci.welfare.common.RichText;
import it.anci.welfare.common.StaleEditException;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.StoredFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff editing of news: drafts, publication (also scheduled), optimistic locking so that
 * a second save of the same item is refused instead of overwriting, and every change in
 * the audit log.
 */
@Service
@Transactional
public class NewsEditor {

	private final JdbcClient jdbc;

	private final EditedItems<Draft> items;

	private final Attachments attachments;

	NewsEditor(JdbcClient jdbc, AuditLog audit, FormSubmissions submissions, Attachments attachments) {
		this.jdbc = jdbc;
		this.items = new EditedItems<>(jdbc, submissions, audit::record, ItemKind.NEWS,
				new EditedItems.Conflict<>("news.admin.conflict", CONFLICT_FIELDS, this::draft));
		this.attachments = attachments;
	}

	/**
	 * What staff edit; {@code version} is the one the form was loaded with,
	 * {@code meetings} the slugs of the meetings the item links to.
	 */
	public record Draft(Long id, long version, NewsType type, String title, String summary, String body,
			List<String> topics, boolean featured, boolean published, Instant publishedAt, List<String> meetings) {
	}

	public record Row(long id, String slug, String title, NewsType type, String status, Instant publishedAt,
			boolean visible) {
	}

	/** What the conflict page shows of both versions. */
	private static final List<StaleEditException.Field<Draft>> CONFLICT_FIELDS = List.of(
			StaleEditException.Field.line("news.admin.form.title", Draft::title),
			StaleEditException.Field.line("news.admin.form.summary", Draft::summary),
			StaleEditException.Field.text("news.admin.conflict.body", Draft::body));

	@Transactional(readOnly = true)
	public List<Row> all() {
		return this.jdbc
			.sql("select n.id, n.slug, n.title, n.type, n.status, n.published_at, (" + NewsService.VISIBLE
					+ ") as visible from news n order by n.published_at desc, n.id desc")
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
					NewsType.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
					rs.getBoolean(7)))
			.list();
	}

	/** News in draft and news scheduled for later, for the staff home. */
	@Transactional(readOnly = true)
	public List<PendingWork> pendingWork(Instant now) {
		return this.jdbc
			.sql("select count(*) filter (where not " + NewsService.PUBLISHED + "), count(*) filter (where "
					+ NewsService.SCHEDULED + ") from news n")
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, n) -> List.of(new PendingWork("news.admin.work.drafts", rs.getLong(1), "/admin/notizie"),
					new PendingWork("news.admin.work.scheduled", rs.getLong(2), "/admin/notizie")))
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(long id) {
		return this.jdbc
			.sql("select id, version, type, title, summary, body_markdown, topics, featured, status, published_at "
					+ "from news where id = ?")
			.param(id)
			.query((rs, n) -> new Draft(rs.getLong(1), rs.getLong(2), NewsType.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getString(6),
					Arrays.asList((String[]) rs.getArray(7).getArray()), rs.getBoolean(8),
					EditedItems.isPublished(rs.getString(9)), rs.getTimestamp(10).toInstant(), meetingLinks(id)))
			.optional();
	}

	private List<String> meetingLinks(long id) {
		return this.jdbc.sql("select target from news_link where news_id = ? and kind = 'MEETING' order by position")
			.param(id)
			.query(String.class)
			.list();
	}

	/**
	 * Replaces the item's links to meetings, keeping its other links (catalogue, template
	 * categories) in place.
	 */
	private void linkMeetings(long id, List<String> meetings) {
		this.jdbc.sql("delete from news_link where news_id = ? and kind = 'MEETING'").param(id).update();
		for (String meeting : meetings) {
			this.jdbc
				.sql("""
						insert into news_link (news_id, position, kind, target)
						select :id, coalesce(max(position), 0) + 1, 'MEETING', :meeting from news_link where news_id = :id""")
				.param("id", id)
				.param("meeting", meeting)
				.update();
		}
	}

	@Transactional(readOnly = true)
	public String slug(long id) {
		return this.items.slug(id);
	}

	public List<Attachment> attachments(long id) {
		return this.attachments.of(Attachment.Owner.NEWS, id);
	}

	public void attach(long id, String title, StoredFile file, String actor) {
		this.attachments.attach(Attachment.Owner.NEWS, id, Attachment.Kind.DOCUMENTO, title, file, actor);
	}

	/** False when the attachment does not belong to the item. */
	public boolean detach(long id, long attachmentId, String actor) {
		return this.attachments.detach(Attachment.Owner.NEWS, id, attachmentId, actor);
	}

	/**
	 * Creates the item with its links to meetings; a second submission of
	 * {@code submissionToken} (a create form sent twice) gets the item the first created.
	 */
	public long create(Draft draft, String submissionToken, String actor) {
		return this.items.create(submissionToken, draft.title(), draft.published(), actor,
				"""
						insert into news (slug, type, title, summary, body_markdown, body_html, topics, featured, status, published_at)
						values (:slug, :type, :title, :summary, :body, :html, cast(:topics as text[]), :featured, :status, :publishedAt)
						returning id""",
				values(draft), (slug, id) -> linkMeetings(id, draft.meetings()));
	}

	public void update(Draft draft, String actor) {
		this.items.update(draft, draft.id(), draft.version(),
				"""
						type = :type, title = :title, summary = :summary, body_markdown = :body, body_html = :html,
						topics = cast(:topics as text[]), featured = :featured, status = :status, published_at = :publishedAt""",
				values(draft));
		linkMeetings(draft.id(), draft.meetings());
		this.items.recordUpdate(this.items.slug(draft.id()), draft.published(), draft.title(), actor);
	}

	private static java.util.Map<String, Object> values(Draft draft) {
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		values.put("type", draft.type().name());
		values.put("title", draft.title().strip());
		values.put("summary", draft.summary().strip());
		values.put("body", draft.body());
		values.put("html", RichText.toHtml(draft.body()));
		values.put("topics", draft.topics().toArray(String[]::new));
		values.put("featured", draft.featured());
		values.put("status", EditedItems.status(draft.published()));
		values.put("publishedAt", java.sql.Timestamp.from(draft.publishedAt()));
		return values;
	}

}
