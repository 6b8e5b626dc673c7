package it.anci.welfare.doctemplates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.common.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public read API of the document templates, grouped by category. */
@Service
@Transactional(readOnly = true)
public class DocumentTemplateService {

	/** A replacement is named only once it is public itself. */
	private static final String FROM = """
			select t.id, t.slug, t.title, t.category_slug, t.category_name, t.description, t.legal_basis, t.valid_from,
			    t.valid_until, r.slug as replaced_by, r.title as replaced_by_title, t.body_html, t.text_date
			from doc_template t left join doc_template r on r.slug = t.replaced_by and %s
			""".formatted(published("r"));

	private static final String SELECT = FROM + "where " + published("t") + " ";

	/**
	 * The condition that the template under {@code alias} is published: the one place
	 * that says how publication is stored.
	 */
	static String published(String alias) {
		return alias + ".status = 'PUBLISHED'";
	}

	private final JdbcClient jdbc;

	DocumentTemplateService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Category name → its templates, in their order. */
	public Map<String, List<DocumentTemplate>> byCategory() {
		Map<String, List<DocumentTemplate>> categories = new LinkedHashMap<>();
		this.jdbc.sql(SELECT + "order by t.category_name, t.position")
			.query(DocumentTemplate.class)
			.list()
			.forEach(t -> categories.computeIfAbsent(t.categoryName(), c -> new java.util.ArrayList<>()).add(t));
		return categories;
	}

	public List<DocumentTemplate> category(String categorySlug) {
		List<DocumentTemplate> templates = this.jdbc.sql(SELECT + "and t.category_slug = ? order by t.position")
			.param(categorySlug)
			.query(DocumentTemplate.class)
			.list();
		if (templates.isEmpty()) {
			throw new NotFoundException("template category " + categorySlug);
		}
		return templates;
	}

	public DocumentTemplate bySlug(String slug) {
		return this.jdbc.sql(SELECT + "and t.slug = ?")
			.param(slug)
			.query(DocumentTemplate.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("template " + slug));
	}

	/**
	 * Any template, draft or published, as the public page would show it: for the staff
	 * preview.
	 */
	public DocumentTemplate preview(long id) {
		return this.jdbc.sql(FROM + "where t.id = ?")
			.param(id)
			.query(DocumentTemplate.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("template " + id));
	}

	/**
	 * A published template's page and when it last changed (sitemap, open-data
	 * catalogue).
	 */
	public record Dated(String slug, String categorySlug, java.time.Instant updatedAt) {
	}

	/** Every published template, in category and list order, with its last change. */
	public List<Dated> dated() {
		return this.jdbc
			.sql("select t.slug, t.category_slug, t.updated_at from doc_template t where " + published("t")
					+ " order by t.category_name, t.position")
			.query((rs, n) -> new Dated(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	public List<String> slugs() {
		return this.jdbc.sql("select t.slug from doc_template t where " + published("t") + " order by t.position")
			.query(String.class)
			.list();
	}

}
