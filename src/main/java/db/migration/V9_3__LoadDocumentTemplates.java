package db.migration;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the food-solidarity templates (db/data/content/templates/NN-slug.md: front matter
 * + Markdown text).
 */
public class V9_3__LoadDocumentTemplates extends BaseJavaMigration {

	static final String CATEGORY_SLUG = "solidarieta-alimentare-ocdpc-658-2020";

	static final String CATEGORY_NAME = "Solidarietà alimentare — OCDPC n. 658/2020";

	@Override
	@SuppressWarnings("unchecked")
	public void migrate(Context context) throws Exception {
		Resource[] files = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/data/content/templates/*.md");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		int position = 0;
		for (Resource file : files) {
			String text;
			try (InputStream in = file.getInputStream()) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			int end = text.indexOf("\n---", 4);
			Map<String, Object> meta = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(text.substring(4, end));
			String body = text.substring(text.indexOf('\n', end + 1) + 1).strip();
			try (PreparedStatement insert = context.getConnection().prepareStatement("""
					insert into doc_template (slug, title, category_slug, category_name, description, legal_basis,
					    valid_from, valid_until, source_markdown, body_html, position)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
				insert.setString(1, meta.get("slug").toString());
				insert.setString(2, meta.get("title").toString());
				insert.setString(3, CATEGORY_SLUG);
				insert.setString(4, CATEGORY_NAME);
				insert.setString(5, meta.get("description").toString());
				insert.setString(6, meta.get("legal_basis") == null ? null : meta.get("legal_basis").toString());
				insert.setDate(7, date(meta.get("valid_from")));
				insert.setDate(8, date(meta.get("valid_until")));
				insert.setString(9, body);
				insert.setString(10, SeedRichText.toHtml(body));
				insert.setInt(11, position++);
				insert.executeUpdate();
			}
		}
	}

	private static Date date(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.util.Date date) {
			return Date.valueOf(date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
		}
		return Date.valueOf(LocalDate.parse(value.toString()));
	}

}
