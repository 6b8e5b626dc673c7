package it.anci.welfare.doctemplates;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import it.anci.welfare.files.FileStore;
import it.anci.welfare.files.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the generated DOCX, ODT and PDF of each template in step with its source text: at
 * start (a new version of the writers writes every file again once) and when staff save a
 * template.
 */
@Component
class TemplateGeneration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TemplateGeneration.class);

	/**
	 * The version of what the writers produce, part of the fingerprint stored with each
	 * file: bump it whenever the DOCX, ODT or PDF writers change, and every stored file
	 * written by an older version is written again once, at the next start. (1: untagged
	 * PDF, DOCX without styles; 2: tagged PDF/UA-1 and PDF/A-2a, DOCX styles and
	 * numbering, ODT lists, language and metadata.)
	 */
	static final int WRITERS_VERSION = 2;

	private final JdbcClient jdbc;

	private final FileStore files;

	TemplateGeneration(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int generated = 0;
		for (String slug : this.jdbc.sql("select slug from doc_template order by position")
			.query(String.class)
			.list()) {
			generated += regenerate(slug);
		}
		if (generated > 0) {
			log.info("Generated {} template files (DOCX, ODT, PDF)", generated);
		}
	}

	/**
	 * Writes the DOCX, ODT and PDF of a template again when its source text changed or
	 * they were written by an older version of the writers; a template without source
	 * text (made only of uploaded files) has none. Returns how many files were written.
	 */
	@Transactional
	int regenerate(String slug) {
		Map<String, Object> template = this.jdbc.sql("select title, source_markdown from doc_template where slug = ?")
			.param(slug)
			.query()
			.singleRow();
		String source = (String) template.get("source_markdown");
		String sha = fingerprint(source);
		int generated = 0;
		for (TemplateFormat format : TemplateFormat.values()) {
			var existing = this.jdbc
				.sql("select file_id, source_sha256 from doc_template_file where template_slug = ? and format = ?")
				.params(slug, format.extension())
				.query()
				.listOfRows();
			if (!existing.isEmpty() && sha.equals(existing.get(0).get("source_sha256"))) {
				continue;
			}
			if (source.isBlank()) {
				this.jdbc.sql("delete from doc_template_file where template_slug = ? and format = ?")
					.params(slug, format.extension())
					.update();
			}
			else {
				StoredFile file = this.files.store(slug + "." + format.extension(), format.mediaType(),
						DocumentWriters.render(source, (String) template.get("title"), format));
				this.jdbc
					.sql("""
							insert into doc_template_file (template_slug, format, file_id, source_sha256) values (?, ?, ?, ?)
							on conflict (template_slug, format) do update set file_id = excluded.file_id,
							    source_sha256 = excluded.source_sha256""")
					.params(slug, format.extension(), file.id(), sha)
					.update();
				generated++;
			}
			if (!existing.isEmpty()) {
				this.files.delete(((Number) existing.get(0).get("file_id")).longValue());
			}
		}
		return generated;
	}

	/**
	 * What {@code doc_template_file.source_sha256} holds: the SHA-256 of the writers'
	 * version and the source text.
	 */
	static String fingerprint(String source) {
		return FileStore.sha256(("writers " + WRITERS_VERSION + "\n" + source).getBytes(StandardCharsets.UTF_8));
	}

}
