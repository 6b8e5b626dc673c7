package it.anci.welfare.doctemplates;

import java.util.List;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.PublishedCounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The food-solidarity templates are published with their text and visible placeholders.
 */
@PortalTest
class DocumentTemplatePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCategoryListsItsTemplatesInOrder() {
		Document category = page("/modelli/categorie/solidarieta-alimentare-ocdpc-658-2020");
		assertThat(category.select("main h1").text()).contains("Solidarietà alimentare — OCDPC n. 658/2020");
		List<String> inCategory = this.jdbc
			.sql("""
					select '/modelli/' || slug from doc_template
					where status = 'PUBLISHED' and category_slug = 'solidarieta-alimentare-ocdpc-658-2020' order by position""")
			.query(String.class)
			.list();
		assertThat(inCategory).isNotEmpty();
		assertThat(category.select("main a[href~=^/modelli/[a-z0-9-]+$]").eachAttr("href").stream().distinct().toList())
			.containsExactlyElementsOf(inCategory);
		for (String path : List.of("/modelli/atto-di-indirizzo-giunta-solidarieta-alimentare",
				"/modelli/modulo-domanda-beneficiari-buoni-spesa",
				"/modelli/avviso-manifestazione-interesse-esercizi-commerciali",
				"/modelli/modulo-adesione-esercizi-commerciali",
				"/modelli/nota-tecnica-contabilizzazione-entrata-ocdpc-658-2020",
				"/modelli/schema-delibera-variazione-bilancio-esercizio-provvisorio",
				"/modelli/schema-delibera-variazione-bilancio-previsione-approvato",
				"/modelli/lettera-ai-sindaci-anci-umbria")) {
			Document page = page(path);
			assertThat(page.select("article.template-text").text()).as(path).contains("[Comune di …]");
			assertThat(page.select("main dt").eachText()).as(path).contains("Riferimenti normativi");
			assertThat(page.select("main").text()).as(path).contains("Richieda un formato accessibile");
		}
	}

	@Test
	void theTemplatePageHasOneH1AndTheTextsHeadingsUnderIts() {
		Document page = Jsoup
			.parse(Http.get(this.port, "/modelli/atto-di-indirizzo-giunta-solidarieta-alimentare").body());
		assertThat(page.select("main h1").eachText()).containsExactly(
				"Atto di indirizzo della Giunta comunale per le misure urgenti di solidarietà alimentare (fac-simile)");
		assertThat(page.select("article.template-text h3").eachText()).contains("[Comune di …]");
		assertThat(page.select("article.template-text h1, article.template-text h2")).isEmpty();
		assertThat(page.select("article.template-text h4").eachText())
			.anyMatch(h -> h.startsWith("Deliberazione della Giunta"));
		// the date of the text (the documents of 31 March 2020), not the day the server
		// generated its files
		assertThat(page.select("dt:containsOwn(Testo aggiornato al) + dd time").attr("datetime"))
			.isEqualTo("2020-03-31");
	}

	@Test
	void theListShowsFormatsSizesTheTextsDateAndTheCategoryZip() {
		Document list = Jsoup.parse(Http.get(this.port, "/modelli").body());
		assertThat(list.select("a[href=/modelli/categorie/solidarieta-alimentare-ocdpc-658-2020.zip]")).hasSize(1);
		Element act = list.selectFirst("li:has(a[href=/modelli/atto-di-indirizzo-giunta-solidarieta-alimentare])");
		assertThat(act).isNotNull();
		String facts = act.selectFirst(".template-facts").text();
		assertThat(facts).matches(
				"Word \\(DOCX\\) \\d+ kB, OpenDocument \\(ODT\\) \\d+ kB, PDF \\d+ kB · Testo aggiornato al 31 marzo 2020");
		assertThat(list.select(".template-facts")).hasSize((int) PublishedCounts.templates(this.jdbc));
	}

	@Test
	void theCompilePageNamesTheTemplateAndAnnouncesItsResultsFromAWrapper() {
		Document page = Jsoup
			.parse(Http.get(this.port, "/modelli/modulo-domanda-beneficiari-buoni-spesa/compila?q=osimo").body());
		assertThat(page.select(".breadcrumb a[href=/modelli/modulo-domanda-beneficiari-buoni-spesa]").text())
			.startsWith("Modulo");
		assertThat(page.select("[role=status]").select("h2").text()).matches("\\d+ Comuni trovati");
		assertThat(page.select("h2[role], p[role]")).isEmpty();
		Document none = Jsoup
			.parse(Http.get(this.port, "/modelli/modulo-domanda-beneficiari-buoni-spesa/compila?q=zzzz").body());
		assertThat(none.select("[role=status] p").text()).startsWith("Nessun Comune corrisponde");
	}

	private Document page(String path) {
		var response = Http.get(this.port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	@Test
	void unknownTemplatesAndCategoriesGetThe404Page() {
		assertThat(Http.get(this.port, "/modelli/non-esiste").statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/modelli/categorie/non-esiste").statusCode()).isEqualTo(404);
	}

}
