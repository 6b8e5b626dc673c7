package it.anci.welfare.opendata;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data page and what the {@code <head>} says of the public pages, in the English
 * interface.
 */
@PortalTest
class EnglishOpenDataTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theOpenDataPageExplainsTheFieldsInEnglish() throws Exception {
		Document page = english("/dati?lang=en");
		assertThat(page.select("main h1").text()).isEqualTo("Open data");
		assertThat(page.select("main table thead th").eachText()).containsExactly("CSV column", "JSON field",
				"Content");
		assertThat(page.select("main table tbody tr")).hasSize(41);
		assertThat(page.select("main table tbody tr").first().text())
			.isEqualTo("slug slug Stable, readable identifier of the card (last part of its address)");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void titlesAndDescriptionsFollowTheLanguage() throws Exception {
		assertThat(english("/pratiche?pagina=2&lang=en").select("title").text())
			.isEqualTo("Practices – page 2 – Municipal Welfare Portal");
		Document list = english("/pratiche?regione=umbria&dimensione=fino-5000&lang=en");
		assertThat(list.select("title").text())
			.isEqualTo("Practices – Umbria, up to 5,000 inhabitants – Municipal Welfare Portal");
		assertThat(list.select("meta[name=description]").attr("content"))
			.matches("\\d+ welfare practices? of municipalities for: Umbria, up to 5,000 inhabitants\\. .+");
		assertThat(list.select("link[rel=canonical]").attr("href")).contains("lang=en");

		Document home = english("/?lang=en");
		assertThat(home.select("meta[name=description]").attr("content"))
			.startsWith("The catalogue of the welfare practices launched by Italian municipalities in 2020");
		Document region = english("/regioni/umbria?lang=en");
		assertThat(region.select("meta[property=og:title]").attr("content")).isEqualTo("Umbria – Practices");

		// the Italian page as before
		Document italian = Jsoup.parse(this.mvc.get()
			.uri("/pratiche?regione=umbria&dimensione=fino-5000")
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(italian.select("title").text())
			.isEqualTo("Pratiche – Umbria, fino a 5.000 abitanti – Portale Welfare dei Comuni");
		assertThat(italian.select("link[rel=canonical]").attr("href")).doesNotContain("lang=");
	}

	private Document english(String url) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		return page;
	}

}
