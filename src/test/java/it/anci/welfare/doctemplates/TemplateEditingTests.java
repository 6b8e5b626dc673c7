package it.anci.welfare.doctemplates;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.Role;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.SampleFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Staff editing of templates: files regenerated from the text, uploaded files,
 * superseding, drafts kept private.
 */
@PortalTest
class TemplateEditingTests {

	static final String PASSWORD = "Modelli-welfare-2026!";

	static final String SEEDED = "modulo-domanda-beneficiari-buoni-spesa";

	static final String CATEGORY = "Solidarietà alimentare — OCDPC n. 658/2020";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@LocalServerPort
	int port;

	@BeforeEach
	void editor() {
		if (this.accounts.account("redattrice.modelli").isEmpty()) {
			this.accounts.create("redattrice.modelli", "Redattrice dei modelli", Role.EDITOR, PASSWORD, "test");
		}
	}

	/**
	 * Other test classes count the seeded templates and their files: leave the shared
	 * database as it was.
	 */
	@AfterEach
	void restore() {
		this.jdbc.sql("update doc_template set replaced_by = null where slug = ?").param(SEEDED).update();
		List<Long> files = new ArrayList<>(this.jdbc
			.sql("select f.file_id from doc_template_file f join doc_template t "
					+ "on t.slug = f.template_slug where t.title like 'Prova:%'")
			.query(Long.class)
			.list());
		files.addAll(
				this.jdbc
					.sql("select a.file_id from attachment a join doc_template t on a.owner_type = 'TEMPLATE' "
							+ "and a.owner_id = t.id where t.title like 'Prova:%'")
					.query(Long.class)
					.list());
		this.jdbc
			.sql("delete from attachment a using doc_template t where a.owner_type = 'TEMPLATE' and a.owner_id = t.id "
					+ "and t.title like 'Prova:%'")
			.update();
		this.jdbc.sql("delete from doc_template where title like 'Prova:%'").update();
		if (!files.isEmpty()) {
			this.jdbc.sql("delete from stored_file where id in (:ids)").param("ids", files).update();
		}
	}

	@Test
	void aDraftGetsItsFilesButStaysPrivateAndANewTextRegeneratesThem() throws Exception {
		Map<String, String> fields = template("Prova: modulo di rendiconto dei buoni spesa");
		assertThat(save(fields)).hasStatus3xxRedirection();
		long id = id("Prova: modulo di rendiconto dei buoni spesa");
		String slug = slug(id);
		assertThat(this.jdbc.sql("select count(*) from doc_template_file where template_slug = ?")
			.param(slug)
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(Http.get(this.port, "/modelli/" + slug).statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/modelli/" + slug + "/file.pdf", "*/*").statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/modelli").body()).doesNotContain("modulo di rendiconto");
		assertThat(Http.get(this.port, "/sitemap.xml", "*/*").body()).doesNotContain(slug);
		assertThat(zipEntries("/modelli/categorie/solidarieta-alimentare-ocdpc-658-2020.zip"))
			.noneMatch(n -> n.contains(slug));
		var preview = this.mvc.get()
			.uri("/admin/modelli/{id}/anteprima", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange();
		assertThat(preview.getResponse().getContentAsString()).contains("Anteprima per la redazione",
				"Rendiconto dei buoni");

		long firstPdf = pdfFileId(slug);
		fields.put("id", String.valueOf(id));
		fields.put("published", "true");
		fields.put("source",
				"# Rendiconto dei buoni spesa\n\nIl [Comune di …] dichiara le somme **erogate nel 2021**.");
		assertThat(save(fields)).hasStatus3xxRedirection();
		assertThat(pdfFileId(slug)).isNotEqualTo(firstPdf);
		assertThat(this.jdbc.sql("select count(*) from stored_file where id = ?")
			.param(firstPdf)
			.query(Long.class)
			.single()).isZero();
		HttpResponse<byte[]> pdf = new HttpSession().download(this.port, "/modelli/" + slug + "/file.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (var document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("erogate nel 2021");
		}
		assertThat(Http.get(this.port, "/modelli").body()).contains("Prova: modulo di rendiconto dei buoni spesa");
		assertThat(this.jdbc.sql("select details from audit_event where target = ? order by id desc limit 1")
			.param(slug)
			.query(String.class)
			.single()).contains("rigenerati");
	}

	@Test
	void anOutdatedTemplatePointsToItsReplacementAndCyclesAreRefused() throws Exception {
		Map<String, String> replacement = template("Prova: modulo di domanda aggiornato");
		replacement.put("published", "true");
		save(replacement);
		long replacementId = id("Prova: modulo di domanda aggiornato");
		String replacementSlug = slug(replacementId);
		long seededId = this.jdbc.sql("select id from doc_template where slug = ?")
			.param(SEEDED)
			.query(Long.class)
			.single();

		Map<String, String> seeded = current(seededId);
		seeded.put("replacedBy", replacementSlug);
		assertThat(save(seeded)).hasStatus3xxRedirection();
		String page = Http.get(this.port, "/modelli/" + SEEDED).body();
		assertThat(page).contains("Modello sostituito", "href=\"/modelli/" + replacementSlug + "\"",
				"Prova: modulo di domanda aggiornato");
		assertThat(Http.get(this.port, "/modelli").body()).contains("Sostituito");

		replacement.put("id", String.valueOf(replacementId));
		replacement.put("version", "0");
		replacement.put("replacedBy", SEEDED);
		MvcTestResult cycle = save(replacement);
		assertThat(cycle).hasStatus(422);
		assertThat(cycle.getResponse().getContentAsString()).contains("non possono sostituirsi a vicenda");
	}

	@Test
	void aTemplateMadeOfUploadedFilesNeedsOneBeforePublication() throws Exception {
		Map<String, String> fields = template("Prova: foglio di riparto del fondo");
		fields.put("source", "");
		fields.put("published", "true");
		MvcTestResult refused = save(fields);
		assertThat(refused).hasStatus(422);
		assertThat(refused.getResponse().getContentAsString()).contains("carichi almeno un file",
				"Prova: foglio di riparto del fondo");

		fields.put("published", "false");
		assertThat(save(fields)).hasStatus3xxRedirection();
		long id = id("Prova: foglio di riparto del fondo");
		String slug = slug(id);
		assertThat(this.jdbc.sql("select count(*) from doc_template_file where template_slug = ?")
			.param(slug)
			.query(Long.class)
			.single()).isZero();
		HttpSession staff = new HttpSession().login(this.port, "redattrice.modelli", PASSWORD);
		HttpResponse<String> upload = staff.postMultipart(this.port, "/admin/modelli/" + id,
				"/admin/modelli/" + id + "/allegati", Map.of("title", "Foglio di calcolo del riparto"), "riparto.xlsx",
				SampleFiles.xlsx());
		assertThat(upload.statusCode()).isEqualTo(302);
		HttpResponse<String> script = staff.postMultipart(this.port, "/admin/modelli/" + id,
				"/admin/modelli/" + id + "/allegati", Map.of("title", "Macro"), "riparto.csv",
				SampleFiles.shellScript());
		assertThat(script.statusCode()).isEqualTo(422);
		assertThat(script.body()).contains("non è di un tipo ammesso", "value=\"Macro\"");

		fields.put("id", String.valueOf(id));
		fields.put("version", String.valueOf(version(id)));
		fields.put("published", "true");
		assertThat(save(fields)).hasStatus3xxRedirection();
		String page = Http.get(this.port, "/modelli/" + slug).body();
		assertThat(page).contains("Foglio di calcolo del riparto", "XLSX")
			.doesNotContain("Compila per il tuo Comune", "Testo del modello");
		assertThat(Http.get(this.port, "/modelli/" + slug + "/compila").statusCode()).isEqualTo(404);
		long attachmentId = this.jdbc.sql("select id from attachment where owner_type = 'TEMPLATE' and owner_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		HttpResponse<byte[]> download = new HttpSession().download(this.port,
				"/modelli/" + slug + "/allegati/" + attachmentId);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(this.jdbc
			.sql("select f.content from stored_file f join attachment a on a.file_id = f.id " + "where a.id = ?")
			.param(attachmentId)
			.query(byte[].class)
			.single());
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("riparto.xlsx"));
		assertThat(zipEntries("/modelli/categorie/solidarieta-alimentare-ocdpc-658-2020.zip"))
			.anyMatch(n -> n.endsWith("riparto.xlsx"));
	}

	@Test
	void aSecondSaveOfTheSameVersionIsRefused() {
		save(template("Prova: modello conteso"));
		long id = id("Prova: modello conteso");
		Map<String, String> first = template("Prova: modello della prima redattrice");
		first.put("id", String.valueOf(id));
		assertThat(save(first)).hasStatus3xxRedirection();
		Map<String, String> second = template("Prova: modello del secondo redattore");
		second.put("id", String.valueOf(id));
		MvcTestResult conflict = save(second);
		assertThat(conflict).hasStatus(409);
		assertThat(conflict).bodyText()
			.contains("modificato da un", "Prova: modello del secondo redattore",
					"Prova: modello della prima redattrice");
	}

	@Test
	void invalidInputIsReportedNextToEachFieldAndKept() {
		Map<String, String> fields = template("");
		fields.put("validFrom", "2020-04-01");
		fields.put("validUntil", "2020-03-01");
		MvcTestResult result = save(fields);
		assertThat(result).hasStatus(422);
		assertThat(result).bodyText()
			.contains("Inserisca il titolo.", "non può precedere quella di inizio", "Rendiconto dei buoni");
	}

	private List<String> zipEntries(String path) throws Exception {
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(new HttpSession().download(this.port, path).body()))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	/**
	 * The list and the page date a template by its text: a change of description alone
	 * does not move it.
	 */
	@Test
	void theTextDateMovesOnlyWhenTheTextChanges() {
		assertThat(save(template("Prova: modello con data del testo"))).hasStatus3xxRedirection();
		long id = id("Prova: modello con data del testo");
		this.jdbc.sql("update doc_template set text_date = date '2020-03-31' where id = ?").param(id).update();
		Map<String, String> fields = current(id);
		fields.put("description", "Una descrizione riscritta, con lo stesso testo del modello.");
		assertThat(save(fields)).hasStatus3xxRedirection();
		assertThat(textDate(id)).isEqualTo("2020-03-31");
		fields = current(id);
		fields.put("source",
				"# Rendiconto dei buoni spesa\n\nIl [Comune di …] dichiara le somme erogate e quelle residue.");
		assertThat(save(fields)).hasStatus3xxRedirection();
		assertThat(textDate(id)).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")).toString());
	}

	private String textDate(long id) {
		return this.jdbc.sql("select text_date::text from doc_template where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private static Map<String, String> template(String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", "0");
		fields.put("title", title);
		fields.put("categoryName", CATEGORY);
		fields.put("description", "Schema per rendicontare le somme erogate.");
		fields.put("legalBasis", "OCDPC n. 658/2020");
		fields.put("source", "# Rendiconto dei buoni spesa\n\nIl [Comune di …] dichiara le somme erogate.");
		return fields;
	}

	private Map<String, String> current(long id) {
		var row = this.jdbc.sql("select * from doc_template where id = ?").param(id).query().singleRow();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("id", String.valueOf(id));
		fields.put("version", row.get("version").toString());
		fields.put("title", (String) row.get("title"));
		fields.put("categoryName", (String) row.get("category_name"));
		fields.put("description", (String) row.get("description"));
		fields.put("legalBasis", row.get("legal_basis") == null ? "" : (String) row.get("legal_basis"));
		fields.put("validFrom", row.get("valid_from") == null ? "" : row.get("valid_from").toString());
		fields.put("validUntil", row.get("valid_until") == null ? "" : row.get("valid_until").toString());
		fields.put("source", (String) row.get("source_markdown"));
		fields.put("published", "true");
		return fields;
	}

	private MvcTestResult save(Map<String, String> fields) {
		var request = this.mvc.post().uri("/admin/modelli").with(user("redattrice").roles("EDITOR")).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	private long id(String title) {
		return this.jdbc.sql("select id from doc_template where title = ?").param(title).query(Long.class).single();
	}

	private long version(long id) {
		return this.jdbc.sql("select version from doc_template where id = ?").param(id).query(Long.class).single();
	}

	private String slug(long id) {
		return this.jdbc.sql("select slug from doc_template where id = ?").param(id).query(String.class).single();
	}

	private long pdfFileId(String slug) {
		return this.jdbc.sql("select file_id from doc_template_file where template_slug = ? and format = 'pdf'")
			.param(slug)
			.query(Long.class)
			.single();
	}

}
