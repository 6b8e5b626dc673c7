package it.anci.welfare.doctemplates;

import java.util.List;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The eight food-solidarity templates are published with their text and visible placeholders. */
@PortalTest
class DocumentTemplatePagesTests {

	@LocalServerPort
	int port;

	@Test
	void theCategoryListsTheEightTemplates() {
		String category = Http.get(this.port, "/modelli/categorie/solidarieta-alimentare-ocdpc-658-2020").body();
		assertThat(category).contains("Solidarietà alimentare — OCDPC n. 658/2020");
		assertThat(category.split("href=\"/modelli/[a-z0-9-]+\"").length - 1).isEqualTo(8);
		for (String slug : List.of("atto-di-indirizzo-giunta-solidarieta-alimentare", "modulo-domanda-beneficiari-buoni-spesa",
				"avviso-manifestazione-interesse-esercizi-commerciali", "modulo-adesione-esercizi-commerciali",
				"nota-tecnica-contabilizzazione-entrata-ocdpc-658-2020",
				"schema-delibera-variazione-bilancio-esercizio-provvisorio",
				"schema-delibera-variazione-bilancio-previsione-approvato", "lettera-ai-sindaci-anci-umbria")) {
			var page = Http.get(this.port, "/modelli/" + slug);
			assertThat(page.statusCode()).as(slug).isEqualTo(200);
			assertThat(page.body()).as(slug).contains("[Comune di …]", "Riferimenti normativi", "Richieda un formato accessibile");
		}
	}

	@Test
	void theTemplatePageHasOneH1AndTheTextsHeadingsUnderIts() {
		Document page = Jsoup.parse(Http.get(this.port, "/modelli/atto-di-indirizzo-giunta-solidarieta-alimentare").body());
		assertThat(page.select("main h1").eachText())
			.containsExactly("Atto di indirizzo della Giunta comunale per le misure urgenti di solidarietà alimentare (fac-simile)");
		assertThat(page.select("article.template-text h3").eachText()).contains("[Comune di …]");
		assertThat(page.select("article.template-text h1, article.template-text h2")).isEmpty();
		assertThat(page.select("article.template-text h4").eachText()).anyMatch(h -> h.startsWith("Deliberazione della Giunta"));
		// the date of the text (the documents of 31 March 2020), not the day the server generated its files
		assertThat(page.select("dt:containsOwn(Testo aggiornato al) + dd time").attr("datetime")).isEqualTo("2020-03-31");
	}

	@Test
	void theListShowsFormatsSizesTheTextsDateAndTheCategoryZip() {
		Document list = Jsoup.parse(Http.get(this.port, "/modelli").body());
		assertThat(list.select("a[href=/modelli/categorie/solidarieta-alimentare-ocdpc-658-2020.zip]")).hasSize(1);
		Element act = list.selectFirst("li:has(a[href=/modelli/atto-di-indirizzo-giunta-solidarieta-alimentare])");
		assertThat(act).isNotNull();
		String facts = act.selectFirst(".template-facts").text();
		assertThat(facts).matches("Word \\(DOCX\\) \\d+ kB, OpenDocument \\(ODT\\) \\d+ kB, PDF \\d+ kB · Testo aggiornato al 31 marzo 2020");
		assertThat(list.select(".template-facts")).hasSize(8);
	}

	@Test
	void theCompilePageNamesTheTemplateAndAnnouncesItsResultsFromAWrapper() {
		Document page = Jsoup.parse(Http.get(this.port, "/modelli/modulo-domanda-beneficiari-buoni-spesa/compila?q=osimo").body());
		assertThat(page.select(".breadcrumb a[href=/modelli/modulo-domanda-beneficiari-buoni-spesa]").text())
			.startsWith("Modulo");
		assertThat(page.select("[role=status]").select("h2").text()).matches("\\d+ Comuni trovati");
		assertThat(page.select("h2[role], p[role]")).isEmpty();
		Document none = Jsoup.parse(Http.get(this.port, "/modelli/modulo-domanda-beneficiari-buoni-spesa/compila?q=zzzz").body());
		assertThat(none.select("[role=status] p").text()).startsWith("Nessun Comune corrisponde");
	}

	@Test
	void unknownTemplatesAndCategoriesGetThe404Page() {
		assertThat(Http.get(this.port, "/modelli/non-esiste").statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/modelli/categorie/non-esiste").statusCode()).isEqualTo(404);
	}

}
