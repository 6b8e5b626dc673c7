package it.anci.welfare.catalogue;

import java.util.List;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public catalogue in the English interface ({@code ?lang=en}): the portal's words in
 * English, the cards' content in Italian and marked {@code lang="it"}.
 */
@PortalTest
class EnglishCatalogueTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListSpeaksEnglishAroundItalianCards() throws Exception {
		Document page = english("/pratiche?regione=umbria&dimensione=fino-5000&lang=en");
		assertThat(page.select("main h1").text()).isEqualTo("Catalogue of practices");
		assertThat(page.select("#results-title").text()).containsPattern("\\d+ practices? found");
		assertThat(page.select("a.chip .chip-label").eachText()).containsExactlyInAnyOrder("Region: Umbria",
				"Size of the municipality: up to 5,000 inhabitants");
		assertThat(page.select("#ordina option").eachText()).contains("Most recent", "Title (A-Z)");
		assertThat(page.select("summary.facet-summary").eachText()).contains("Type of service", "Target group");
		assertThat(page.select("label[for=q]").text()).isEqualTo("Search the text of the cards, by word or by place");
		assertThat(page.select(".practice-item time").first().text())
			.matches("(Started|Running (on|in)): .+|Running .+");
		assertThat(page.select(".practice-item h3[lang=it]")).isNotEmpty();
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void anEmptySearchAndAnUnknownValueAreExplainedInEnglish() throws Exception {
		Document page = english("/pratiche?q=zzzqqq&regione=atlantide&lang=en");
		assertThat(page.select(".alert-warning p").eachText())
			.containsExactly("The value “atlantide” does not exist for the filter “Region” and was ignored.");
		assertThat(page.select(".empty-result .callout-title").text()).isEqualTo("No practice found");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void aBadPageNumberIsRefusedInEnglish() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/pratiche?pagina=due&lang=en").exchange();
		assertThat(result).hasStatus(400);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("p.alert").text())
			.isEqualTo("The page number “due” is not valid: give a whole number, for example 2.");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
		// the Italian page as before
		Document italian = Jsoup
			.parse(this.mvc.get().uri("/pratiche?pagina=due").exchange().getResponse().getContentAsString());
		assertThat(italian.select("p.alert").text())
			.isEqualTo("Il numero di pagina «due» non è valido: indichi un numero intero, ad esempio 2.");
	}

	@Test
	void theCardSpeaksEnglishAroundItsItalianContent() throws Exception {
		String slug = this.jdbc.sql("""
				select slug from published_practice where start_precision = 'DAY' and start_basis = 'AVVIO'
				order by id limit 1""").query(String.class).single();
		Document page = english("/pratiche/" + slug + "?lang=en");
		assertThat(page.select("main h2").eachText()).contains("The service launched", "Communication and tools",
				"Feedback", "Updates", "Contacts", "Source of the card", "Providing body", "Classification");
		assertThat(page.select("main dt").eachText()).contains("Start date", "Type of body", "Lead municipality",
				"Population (2011)");
		// dates in English, numbers with the English separator
		assertThat(page.select("main dd > time").text()).matches("\\d{1,2} [A-Z][a-z]+ 20\\d\\d");
		assertThat(page.select("main dd").eachText()).anyMatch(t -> t.matches("[\\d,]+ inhabitants, .+"));
		assertThat(page.select("main h1[lang=it]")).hasSize(1);
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void theComparisonNamesItsFieldsInEnglish() throws Exception {
		List<String> slugs = this.jdbc.sql("select slug from published_practice order by id limit 2")
			.query(String.class)
			.list();
		Document page = english("/pratiche/confronta?id=" + slugs.get(0) + "&id=" + slugs.get(1) + "&lang=en");
		assertThat(page.select("main h1").text()).isEqualTo("Comparison of practices");
		assertThat(page.select("table.compare-table tbody th").eachText()).contains("Providing body", "Start date",
				"Current state", "Sources");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
		// one practice only: the page says why in English
		Document few = Jsoup.parse(this.mvc.get()
			.uri("/pratiche/confronta?id=" + slugs.get(0) + "&lang=en")
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(few.select(".alert-info").text()).startsWith("A comparison needs at least two practices.");
	}

	@Test
	void theCollectionComuneAndRegionPagesSpeakEnglish() throws Exception {
		Document collection = english("/pratiche/la-raccolta?lang=en");
		assertThat(collection.select("main h1").text()).isEqualTo("How the collection of practices is made");
		assertThat(EnglishPages.italianOutsideContent(collection)).isEmpty();

		Document comune = english("/comuni/054039?lang=en");
		assertThat(comune.select("main h1").text()).isEqualTo("Municipality of Perugia");
		assertThat(comune.select("main dt").eachText()).contains("ISTAT code", "Legal population 2011");
		assertThat(EnglishPages.italianOutsideContent(comune)).isEmpty();

		Document region = english("/regioni/umbria?lang=en");
		assertThat(region.select("main h2").eachText()).contains("Provinces and metropolitan cities");
		assertThat(region.select("main p.lead").text()).contains("in the catalogue");
		assertThat(EnglishPages.italianOutsideContent(region)).isEmpty();
	}

	private Document english(String url) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		return page;
	}

}
