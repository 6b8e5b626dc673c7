package it.anci.welfare.catalogue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import it.anci.welfare.support.DocumentValidators;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison page in its two layouts, and the same comparison as CSV and as an
 * accessible PDF.
 */
@PortalTest
class ComparisonTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private List<String> slugs() {
		return this.jdbc.sql("select slug from practice where status = 'PUBLISHED' order by id limit 3")
			.query(String.class)
			.list();
	}

	private String ids(List<String> slugs) {
		return "?id=" + String.join("&id=", slugs);
	}

	@Test
	void theWideTableAndThePhoneLayoutShowTheSameFieldsAndValues() {
		List<String> slugs = slugs();
		Document page = Jsoup.parse(Http.get(this.port, "/pratiche/confronta" + ids(slugs)).body());
		List<Element> rows = page.select(".compare-wide tbody tr");
		List<Element> fields = page.select(".compare-narrow section.compare-field");
		assertThat(rows).hasSizeGreaterThan(20).hasSize(fields.size());
		for (int i = 0; i < rows.size(); i++) {
			assertThat(fields.get(i).selectFirst("h2").text()).isEqualTo(rows.get(i).selectFirst("th").text());
			assertThat(fields.get(i).select("dd").eachText()).isEqualTo(rows.get(i).select("td").eachText());
			assertThat(fields.get(i).select("dt").eachText())
				.isEqualTo(page.select(".compare-cards strong").eachText());
		}
		assertThat(page.select(".compare-cards strong").eachText()).first().asString().matches("1\\. \\S.*");
		assertThat(page.select(".compare-narrow .compare-cards a").eachAttr("href"))
			.containsExactlyElementsOf(slugs.stream().map(s -> "/pratiche/" + s).toList());
		assertThat(page.select("a:containsOwn(Scarica PDF)").attr("href"))
			.isEqualTo("/pratiche/confronta.pdf" + ids(slugs));
		assertThat(page.select("a:containsOwn(Scarica CSV)").attr("href"))
			.isEqualTo("/pratiche/confronta.csv" + ids(slugs));
		assertThat(page.select("button[data-print]").text()).isEqualTo("Stampa");
		String description = this.jdbc.sql("select description from practice where slug = ?")
			.param(slugs.get(1))
			.query(String.class)
			.single();
		assertThat(page.select(".compare-wide tr:has(th:containsOwn(Descrizione)) td").get(1).text())
			.isEqualTo(Jsoup.parse(description).text());
	}

	@Test
	void theCsvHasAColumnPerCardWithTheFieldsOfThePage() throws Exception {
		List<String> slugs = slugs();
		HttpResponse<String> response = Http.get(this.port, "/pratiche/confronta.csv" + ids(slugs), "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("confronto-pratiche-"));
		assertThat(response.body()).startsWith("\uFEFFCampo;");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(response.body().substring(1)))
			.getRecords();
		List<String> titles = slugs.stream()
			.map(s -> this.jdbc.sql("select title from practice where slug = ?").param(s).query(String.class).single())
			.toList();
		assertThat(records.get(0).toList()).containsExactlyElementsOf(
				java.util.stream.Stream.concat(java.util.stream.Stream.of("Campo"), titles.stream()).toList());
		assertThat(records.get(1).get(1)).endsWith("/pratiche/" + slugs.get(0));
		Document page = Jsoup.parse(Http.get(this.port, "/pratiche/confronta" + ids(slugs)).body());
		assertThat(records.subList(2, records.size()).stream().map(r -> r.get(0)).toList())
			.isEqualTo(page.select(".compare-wide tbody th").eachText());
		assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(1 + slugs.size()));
	}

	@Test
	void thePdfIsTaggedPdfUaWithEveryCardAndField() throws Exception {
		List<String> slugs = slugs();
		HttpResponse<byte[]> response = Http.download(this.port, "/pratiche/confronta.pdf" + ids(slugs));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(DocumentValidators.veraPdf(response.body(), PDFAFlavour.PDFUA_1)).isEmpty();
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Confronto tra pratiche");
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Confronto tra pratiche", "Prosecuzione", "Aree di utenza", "Fonti", "1. ",
					"3. ");
			// long addresses wrap across lines
			String unwrapped = text.replace(" ", "");
			for (String slug : slugs) {
				assertThat(unwrapped).contains("/pratiche/" + slug);
			}
		}
	}

	@Test
	void filesOfFewerThanTwoCardsAreRefusedWithAnItalianPage() {
		String one = "?id=" + slugs().get(0);
		for (String path : List.of("/pratiche/confronta.csv" + one, "/pratiche/confronta.pdf" + one,
				"/pratiche/confronta.pdf?id=non-esiste&id=neppure")) {
			HttpResponse<String> response = Http.get(this.port, path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.body()).as(path).contains("Per scaricare un confronto servono da 2 a 4 pratiche");
		}
	}

}
