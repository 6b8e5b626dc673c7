package it.anci.welfare.doctemplates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.FileStore;
import it.anci.welfare.files.StoredFile;
import it.anci.welfare.territory.Comune;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DOCX, ODT and PDF of every template, generated from its one source text and kept in
 * the database. On start, files whose source text changed (or that do not exist yet) are
 * generated again.
 */
@Service
public class TemplateFiles {

	private static final Logger log = LoggerFactory.getLogger(TemplateFiles.class);

	private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ITALIAN);

	private final JdbcClient jdbc;

	private final FileStore files;

	private final Clock clock;

	private final Attachments attachments;

	TemplateFiles(JdbcClient jdbc, FileStore files, Attachments attachments, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.attachments = attachments;
		this.clock = clock;
	}

	/**
	 * The generated files of every template, by template slug, in one query: for the list
	 * of templates.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<TemplateFile>> filesByTemplate() {
		Map<String, List<TemplateFile>> files = new java.util.HashMap<>();
		this.jdbc.sql("""
				select d.template_slug, d.format, f.id, f.filename, f.media_type, f.size, f.sha256, f.created_at,
				    (select count(*) from download_event e where e.file_id = f.id) as downloads
				from doc_template_file d join stored_file f on f.id = d.file_id""").query(rs -> {
			StoredFile file = new StoredFile(rs.getLong("id"), rs.getString("filename"), rs.getString("media_type"),
					rs.getLong("size"), rs.getString("sha256"), rs.getTimestamp("created_at").toInstant());
			files.computeIfAbsent(rs.getString("template_slug"), s -> new ArrayList<>())
				.add(new TemplateFile(TemplateFormat.fromExtension(rs.getString("format")).orElseThrow(), file,
						rs.getLong("downloads")));
		});
		files.values().forEach(list -> list.sort(java.util.Comparator.comparing(TemplateFile::format)));
		return files;
	}

	@Transactional(readOnly = true)
	/**
	 * Downloads per month of the generated files of the published templates (statistics
	 * page).
	 */
	public java.util.Map<String, Long> downloadsByMonth() {
		return this.files.downloadsByMonth(this.jdbc
			.sql("select f.file_id from doc_template_file f " + "join doc_template t on t.slug = f.template_slug where "
					+ DocumentTemplateService.published("t"))
			.query(Long.class)
			.list());
	}

	public List<TemplateFile> filesOf(String slug) {
		List<TemplateFile> result = new ArrayList<>();
		this.jdbc.sql("select format, file_id from doc_template_file where template_slug = ?").param(slug).query(rs -> {
			TemplateFormat format = TemplateFormat.fromExtension(rs.getString(1)).orElseThrow();
			long id = rs.getLong(2);
			result.add(new TemplateFile(format, this.files.file(id).orElseThrow(), this.files.downloads(id)));
		});
		result.sort(java.util.Comparator.comparing(TemplateFile::format));
		return result;
	}

	@Transactional(readOnly = true)
	public StoredFile file(String slug, TemplateFormat format) {
		return this.jdbc.sql("select file_id from doc_template_file where template_slug = ? and format = ?")
			.params(slug, format.extension())
			.query(Long.class)
			.optional()
			.flatMap(this.files::file)
			.orElseThrow(() -> new NotFoundException("template file " + slug + "." + format.extension()));
	}

	/**
	 * The template with the comune's name, its province and today's date in place of the
	 * placeholders.
	 */
	@Transactional(readOnly = true)
	public byte[] personalised(String slug, TemplateFormat format, Comune comune) {
		var template = this.jdbc
			.sql("select t.title, t.source_markdown from doc_template t where t.slug = ? and "
					+ DocumentTemplateService.published("t"))
			.param(slug)
			.query()
			.listOfRows();
		if (template.isEmpty()) {
			throw new NotFoundException("template " + slug);
		}
		String source = ((String) template.get(0).get("source_markdown"))
			.replace(TemplateText.COMUNE, "Comune di " + comune.name())
			.replace(TemplateText.PROVINCIA, provinceLabel(comune))
			.replace(TemplateText.DATA, LocalDate.now(this.clock).format(ITALIAN_DATE));
		return DocumentWriters.render(source, (String) template.get(0).get("title"), format);
	}

	/**
	 * Every file of a category in one ZIP: the generated formats and the uploaded files
	 * of each template.
	 */
	@Transactional(readOnly = true)
	public byte[] categoryZip(String categorySlug) {
		List<Map<String, Object>> templates = this.jdbc
			.sql("select t.id, t.slug, t.position from doc_template t where t.category_slug = ? and "
					+ DocumentTemplateService.published("t") + " order by t.position")
			.param(categorySlug)
			.query()
			.listOfRows();
		if (templates.isEmpty()) {
			throw new NotFoundException("template category " + categorySlug);
		}
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			java.util.Set<String> names = new java.util.HashSet<>();
			for (Map<String, Object> template : templates) {
				String prefix = String.format("%02d-", ((Number) template.get("position")).intValue() + 1);
				List<StoredFile> contents = new ArrayList<>(
						filesOf((String) template.get("slug")).stream().map(TemplateFile::file).toList());
				this.attachments.of(Attachment.Owner.TEMPLATE, ((Number) template.get("id")).longValue())
					.forEach(a -> contents.add(a.file()));
				for (StoredFile file : contents) {
					String name = prefix + file.filename();
					for (int n = 2; !names.add(name); n++) {
						name = prefix + n + "-" + file.filename();
					}
					zip.putNextEntry(new ZipEntry(name));
					zip.write(this.files.content(file.id()));
					zip.closeEntry();
				}
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String provinceLabel(Comune comune) {
		String name = comune.province().name();
		return (name.startsWith("Città metropolitana") || name.startsWith("Libero consorzio") ? "" : "Provincia di ")
				+ name;
	}

}
