package it.anci.welfare.doctemplates;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
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
import it.anci.welfare.common.Slugs;
import it.anci.welfare.common.StaleEditException;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.StoredFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff editing of document templates: the source text (its DOCX, ODT and PDF are written
 * again on save), uploaded files, and superseding (an outdated template points to the one
 * that replaces it). Optimistic locking and audit as for news and meetings.
 */
@Service
@Transactional
public class TemplateEditor {

	private final JdbcClient jdbc;

	private final EditedItems<Draft> items;

	private final Attachments attachments;

	private final TemplateGeneration files;

	private final Clock clock;

	TemplateEditor(JdbcClient jdbc, AuditLog audit, Attachments attachments, TemplateGeneration files,
			FormSubmissions submissions, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.items = new EditedItems<>(jdbc, submissions, audit::record, ItemKind.TEMPLATE,
				new EditedItems.Conflict<>("doctemplates.conflict", CONFLICT_FIELDS, this::draft));
		this.attachments = attachments;
		this.files = files;
	}

	/** What staff edit; {@code version} is the one the form was loaded with. */
	public record Draft(Long id, long version, String title, String categoryName, String description, String legalBasis,
			LocalDate validFrom, LocalDate validUntil, String replacedBy, String source, boolean published) {
	}

	public record Row(long id, String slug, String title, String categoryName, boolean published, String replacedBy) {
	}

	/** A template another one may be replaced by. */
	public record Choice(String slug, String title, boolean published) {
	}

	/** What the conflict page shows of both versions. */
	private static final List<StaleEditException.Field<Draft>> CONFLICT_FIELDS = List.of(
			StaleEditException.Field.line("news.admin.form.title", Draft::title),
			StaleEditException.Field.line("doctemplates.conflict.description", Draft::description),
			StaleEditException.Field.text("news.admin.conflict.body", Draft::source));

	@Transactional(readOnly = true)
	public List<Row> all() {
		return this.jdbc
			.sql("select t.id, t.slug, t.title, t.category_name, " + DocumentTemplateService.published("t")
					+ ", t.replaced_by from doc_template t order by t.category_name, t.position, t.id")
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	/** Templates in draft, for the staff home. */
	@Transactional(readOnly = true)
	public List<PendingWork> pendingWork() {
		long drafts = this.jdbc
			.sql("select count(*) from doc_template t where not " + DocumentTemplateService.published("t"))
			.query(Long.class)
			.single();
		return List.of(new PendingWork("doctemplates.work.drafts", drafts, "/admin/modelli"));
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(long id) {
		return this.jdbc.sql("select * from doc_template where id = ?")
			.param(id)
			.query((rs, n) -> new Draft(rs.getLong("id"), rs.getLong("version"), rs.getString("title"),
					rs.getString("category_name"), rs.getString("description"), rs.getString("legal_basis"),
					localDate(rs.getDate("valid_from")), localDate(rs.getDate("valid_until")),
					rs.getString("replaced_by"), rs.getString("source_markdown"),
					EditedItems.isPublished(rs.getString("status"))))
			.optional();
	}

	@Transactional(readOnly = true)
	public String slug(long id) {
		return this.items.slug(id);
	}

	/** Every other template, for the "replaced by" choice. */
	@Transactional(readOnly = true)
	public List<Choice> choices(Long exceptId) {
		return this.jdbc
			.sql("select t.slug, t.title, " + DocumentTemplateService.published("t")
					+ " from doc_template t where t.id <> ? order by t.title")
			.param(exceptId == null ? -1 : exceptId)
			.query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	@Transactional(readOnly = true)
	public List<String> categories() {
		return this.jdbc.sql("select distinct category_name from doc_template order by 1").query(String.class).list();
	}

	@Transactional(readOnly = true)
	public Optional<String> replacementOf(String slug) {
		return this.jdbc.sql("select replaced_by from doc_template where slug = ?")
			.param(slug)
			.query(String.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public int attachmentCount(Long id) {
		return id == null ? 0 : this.attachments.of(Attachment.Owner.TEMPLATE, id).size();
	}

	/**
	 * Creates the template and writes its DOCX, ODT and PDF; a second submission of
	 * {@code submissionToken} (a create form sent twice) gets the template the first
	 * created.
	 */
	public long create(Draft draft, String submissionToken, String actor) {
		return this.items.create(submissionToken, draft.title(), draft.published(), actor,
				"""
						insert into doc_template (slug, title, category_slug, category_name, description, legal_basis, valid_from,
						    valid_until, replaced_by, source_markdown, body_html, text_date, position, status)
						values (:slug, :title, :categorySlug, :categoryName, :description, :legalBasis, :validFrom, :validUntil,
						    :replacedBy, :source, :html, :today,
						    (select coalesce(max(position) + 1, 0) from doc_template where category_slug = :categorySlug), :status)
						returning id""",
				values(draft), (slug, id) -> this.files.regenerate(slug));
	}

	public void update(Draft draft, String actor) {
		this.items.update(draft, draft.id(), draft.version(), """
				title = :title, category_slug = :categorySlug, category_name = :categoryName,
				description = :description, legal_basis = :legalBasis, valid_from = :validFrom,
				valid_until = :validUntil, replaced_by = :replacedBy, source_markdown = :source, body_html = :html,
				text_date = case when source_markdown is distinct from :source then :today else text_date end,
				status = :status""", values(draft));
		String slug = slug(draft.id());
		int regenerated = this.files.regenerate(slug);
		this.items.recordUpdate(slug, draft.published(),
				draft.title() + (regenerated > 0 ? " (file DOCX, ODT e PDF rigenerati)" : ""), actor);
	}

	public void attach(long id, String title, StoredFile file, String actor) {
		this.attachments.attach(Attachment.Owner.TEMPLATE, id, Attachment.Kind.DOCUMENTO, title, file, actor);
	}

	public boolean detach(long id, long attachmentId, String actor) {
		return this.attachments.detach(Attachment.Owner.TEMPLATE, id, attachmentId, actor);
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(long id) {
		return this.attachments.of(Attachment.Owner.TEMPLATE, id);
	}

	/** An existing category keeps its address; a new name gets a new one. */
	private String categorySlug(String categoryName) {
		return this.jdbc.sql("select category_slug from doc_template where category_name = ? limit 1")
			.param(categoryName)
			.query(String.class)
			.optional()
			.orElseGet(() -> Slugs.of(categoryName).isEmpty() ? "modelli" : Slugs.of(categoryName));
	}

	private Map<String, Object> values(Draft draft) {
		Map<String, Object> values = new HashMap<>();
		String source = draft.source() == null ? "" : draft.source().strip();
		values.put("title", draft.title().strip());
		values.put("categoryName", draft.categoryName().strip());
		values.put("categorySlug", categorySlug(draft.categoryName().strip()));
		values.put("description", draft.description().strip());
		values.put("legalBasis",
				draft.legalBasis() == null || draft.legalBasis().isBlank() ? null : draft.legalBasis().strip());
		values.put("validFrom", draft.validFrom() == null ? null : Date.valueOf(draft.validFrom()));
		values.put("validUntil", draft.validUntil() == null ? null : Date.valueOf(draft.validUntil()));
		values.put("replacedBy",
				draft.replacedBy() == null || draft.replacedBy().isBlank() ? null : draft.replacedBy());
		values.put("source", source);
		values.put("html", RichText.toHtml(source));
		values.put("status", EditedItems.status(draft.published()));
		values.put("today", Date.valueOf(LocalDate.now(this.clock)));
		return values;
	}

	private static LocalDate localDate(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
