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

	private static final String SELECT = "select slug, title, category_slug, category_name, description, legal_basis, "
			+ "valid_from, valid_until, replaced_by, body_html from doc_template where status = 'PUBLISHED' ";

	private final JdbcClient jdbc;

	DocumentTemplateService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Category name → its templates, in their order. */
	public Map<String, List<DocumentTemplate>> byCategory() {
		Map<String, List<DocumentTemplate>> categories = new LinkedHashMap<>();
		this.jdbc.sql(SELECT + "order by category_name, position")
			.query(DocumentTemplate.class)
			.list()
			.forEach(t -> categories.computeIfAbsent(t.categoryName(), c -> new java.util.ArrayList<>()).add(t));
		return categories;
	}

	public List<DocumentTemplate> category(String categorySlug) {
		List<DocumentTemplate> templates = this.jdbc.sql(SELECT + "and category_slug = ? order by position")
			.param(categorySlug)
			.query(DocumentTemplate.class)
			.list();
		if (templates.isEmpty()) {
			throw new NotFoundException("template category " + categorySlug);
		}
		return templates;
	}

	public DocumentTemplate bySlug(String slug) {
		return this.jdbc.sql(SELECT + "and slug = ?")
			.param(slug)
			.query(DocumentTemplate.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("template " + slug));
	}

	public List<String> slugs() {
		return this.jdbc.sql("select slug from doc_template where status = 'PUBLISHED' order by position")
			.query(String.class)
			.list();
	}

}
