package it.anci.welfare.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.ObjLongConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The create and update steps of the staff editors that write their table in SQL (news,
 * meetings, document templates): a create form sent twice creates one item, with an
 * address made unique from its title; an update applies only to the version the form was
 * loaded with and bumps it, otherwise nothing changes and the save is refused with both
 * versions ({@link StaleEditException}); each step goes to the audit log. Used inside the
 * editor's transaction.
 *
 * @param <D> the editor's draft, what the conflict page compares
 */
public final class EditedItems<D> {

	/**
	 * The audit log's {@code record}: passed in, as the module that keeps it depends on
	 * this one.
	 */
	@FunctionalInterface
	public interface Audit {

		void record(String actor, String action, String targetType, String target, String details);

	}

	/**
	 * How a save on an outdated version is told: the headline key, the fields compared,
	 * and how to read the version saved meanwhile (empty when it was deleted).
	 */
	public record Conflict<D>(String headline, List<StaleEditException.Field<D>> fields,
			LongFunction<Optional<D>> saved) {
	}

	private final JdbcClient jdbc;

	private final FormSubmissions submissions;

	private final Audit audit;

	private final ItemKind kind;

	private final Conflict<D> conflict;

	public EditedItems(JdbcClient jdbc, FormSubmissions submissions, Audit audit, ItemKind kind, Conflict<D> conflict) {
		this.jdbc = jdbc;
		this.submissions = submissions;
		this.audit = audit;
		this.kind = kind;
		this.conflict = conflict;
	}

	/**
	 * Creates the item once per {@code submissionToken}: {@code insert}, a statement
	 * ending in {@code returning id}, writes it with the named {@code values} and, as
	 * {@code :slug}, an address made unique from its title; {@code andThen} writes what
	 * goes with the item (its lists, its files), given its slug and id. A repeated
	 * submission gets the id of the item the first one created.
	 */
	public long create(String submissionToken, String title, boolean published, String actor, String insert,
			Map<String, Object> values, ObjLongConsumer<String> andThen) {
		OptionalLong earlier = this.submissions.claim(submissionToken, this.kind.table());
		if (earlier.isPresent()) {
			return earlier.getAsLong();
		}
		String slug = Slugs.unique(title, this.kind.auditName(),
				candidate -> this.jdbc.sql("select count(*) from " + this.kind.table() + " where slug = ?")
					.param(candidate)
					.query(Long.class)
					.single() > 0);
		long id = this.jdbc.sql(insert).param("slug", slug).params(values).query(Long.class).single();
		andThen.accept(slug, id);
		this.audit.record(actor, published ? "PUBBLICATO" : "CREATO_BOZZA", this.kind.auditName(), slug, title);
		this.submissions.complete(submissionToken, id);
		return id;
	}

	/**
	 * Sets {@code assignments} (named parameters from {@code values}) on the item at
	 * {@code version}, bumping it; refused when someone saved the item since.
	 */
	public void update(D draft, long id, long version, String assignments, Map<String, Object> values) {
		int updated = this.jdbc
			.sql("update " + this.kind.table() + " set " + assignments
					+ ", updated_at = now(), version = version + 1 where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.params(values)
			.update();
		if (updated == 0) {
			throw StaleEditException.of(this.conflict.headline(), this.kind.adminPage(id), draft,
					this.conflict.saved().apply(id).orElse(null), this.conflict.fields());
		}
	}

	/** The audit entry of an update, once the item and what goes with it are written. */
	public void recordUpdate(String slug, boolean published, String details, String actor) {
		this.audit.record(actor, published ? "MODIFICATO_PUBBLICATO" : "MODIFICATO_BOZZA", this.kind.auditName(), slug,
				details);
	}

	public String slug(long id) {
		return this.jdbc.sql("select slug from " + this.kind.table() + " where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	/** The status column's value for a draft or a published item. */
	public static String status(boolean published) {
		return published ? "PUBLISHED" : "DRAFT";
	}

	public static boolean isPublished(String status) {
		return "PUBLISHED".equals(status);
	}

}
