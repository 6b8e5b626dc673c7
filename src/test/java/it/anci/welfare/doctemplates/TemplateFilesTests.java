package it.anci.welfare.doctemplates;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import it.anci.welfare.support.PortalTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated DOCX, ODT and PDF open in their libraries, downloads behave, the
 * filled-in copy names the comune.
 */
@PortalTest
class TemplateFilesTests {

	static final String ACT = "atto-di-indirizzo-giunta-solidarieta-alimentare";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyTemplateOpensInEveryFormatWithItsHeadingsAndPlaceholders() throws Exception {
		List<String> slugs = this.jdbc.sql("select slug from doc_template order by position")
			.query(String.class)
			.list();
		assertThat(slugs).isNotEmpty();
		for (String slug : slugs) {
			String firstHeading = this.jdbc.sql("select source_markdown from doc_template where slug = ?")
				.param(slug)
				.query(String.class)
				.single()
				.lines()
				.filter(l -> l.startsWith("#") && !l.contains("[Comune di"))
				.findFirst()
				.orElseThrow()
				.replaceFirst("^#+ ", "")
				.replace("**", "");
			assertThat(docxText(get("/modelli/" + slug + "/file.docx").body())).as(slug)
				.contains("[Comune di …]", firstHeading);
			assertThat(odtText(get("/modelli/" + slug + "/file.odt").body())).as(slug)
				.contains("[Comune di …]", firstHeading);
			assertThat(pdfText(get("/modelli/" + slug + "/file.pdf").body()).replaceAll("\\s+", " ")).as(slug)
				.contains("[Comune di …]", firstHeading.replaceAll("\\s+", " "));
		}
	}

	@Test
	void theCopyFilledInForOsimoCarriesItsNameProvinceAndDate() throws Exception {
		byte[] docx = get("/modelli/" + ACT + "/compila?comune=042034&formato=docx").body();
		String text = docxText(docx);
		assertThat(text).contains("Comune di Osimo", "Provincia di Ancona")
			.doesNotContain("[Comune di …]", "[Provincia di …]");
		assertThat(odtText(get("/modelli/" + ACT + "/compila?comune=042034&formato=odt").body()))
			.contains("Comune di Osimo");
		assertThat(pdfText(get("/modelli/" + ACT + "/compila?comune=042034&formato=pdf").body()))
			.contains("Comune di Osimo");
		assertThat(get("/modelli/" + ACT + "/compila?comune=999999&formato=docx").statusCode()).isEqualTo(404);
		assertThat(
				new String(get("/modelli/" + ACT + "/compila?q=osim").body(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("Osimo", "comune=042034&amp;formato=docx");
	}

	@Test
	void downloadsCarryTheirHeadersAndRevalidateWith304() throws Exception {
		HttpResponse<byte[]> response = get("/modelli/" + ACT + "/file.docx");
		assertThat(response.statusCode()).isEqualTo(200);
		var headers = response.headers();
		assertThat(headers.firstValue("Content-Type"))
			.hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(headers.firstValue("Content-Disposition")).hasValueSatisfying(
				v -> assertThat(v).contains("attachment").contains("filename*=UTF-8''" + ACT + ".docx"));
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		String etag = headers.firstValue("ETag").orElseThrow();
		assertThat(headers.firstValue("Last-Modified")).isPresent();
		HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create(url("/modelli/" + ACT + "/file.docx")))
			.header("If-None-Match", etag)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void aClientRequestingTheSameFileInALoopCountsOncePerDay() throws Exception {
		long fileId = this.jdbc.sql("select file_id from doc_template_file where template_slug = ? and format = 'pdf'")
			.param("lettera-ai-sindaci-anci-umbria")
			.query(Long.class)
			.single();
		long before = downloads(fileId);
		for (int i = 0; i < 5; i++) {
			HTTP.send(HttpRequest.newBuilder(URI.create(url("/modelli/lettera-ai-sindaci-anci-umbria/file.pdf")))
				.header("User-Agent", "bot-in-un-ciclo")
				.build(), HttpResponse.BodyHandlers.discarding());
		}
		assertThat(downloads(fileId)).isEqualTo(before + 1);
		HTTP.send(HttpRequest.newBuilder(URI.create(url("/modelli/lettera-ai-sindaci-anci-umbria/file.pdf")))
			.header("User-Agent", "un altro browser")
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(downloads(fileId)).isEqualTo(before + 2);
	}

	@Test
	void theCategoryZipHoldsEveryFile() throws Exception {
		HttpResponse<byte[]> response = get("/modelli/categorie/solidarieta-alimentare-ocdpc-658-2020.zip");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				names.add(entry.getName());
			}
		}
		int inCategory = this.jdbc.sql("""
				select count(*) from doc_template
				where status = 'PUBLISHED' and category_slug = 'solidarieta-alimentare-ocdpc-658-2020'""")
			.query(Integer.class)
			.single();
		assertThat(names).as("DOCX, ODT and PDF of each")
			.hasSize(3 * inCategory)
			.contains("01-" + ACT + ".docx", "01-" + ACT + ".odt", "01-" + ACT + ".pdf");
	}

	@Test
	void unknownFormatsAndTemplatesGetThe404Page() throws Exception {
		assertThat(get("/modelli/" + ACT + "/file.exe").statusCode()).isEqualTo(404);
		assertThat(get("/modelli/non-esiste/file.pdf").statusCode()).isEqualTo(404);
	}

	private long downloads(long fileId) {
		return this.jdbc.sql("select count(*) from download_event where file_id = ?")
			.param(fileId)
			.query(Long.class)
			.single();
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	static String docxText(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	static String odtText(byte[] odt) throws Exception {
		try (OdfTextDocument document = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt))) {
			return org.odftoolkit.odfdom.incubator.doc.text.OdfEditableTextExtractor
				.newOdfEditableTextExtractor(document)
				.getText();
		}
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
