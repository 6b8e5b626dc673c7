package it.anci.welfare.web;

import java.util.Map;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's own pages, the error pages and the rating box in the English interface
 * ({@code ?lang=en}).
 */
@PortalTest
class EnglishSitePagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@AfterEach
	void removeTheRatings() {
		this.jdbc.sql("delete from page_rating").update();
	}

	@Test
	void theHomePageSpeaksEnglish() throws Exception {
		Document page = english("/?lang=en");
		assertThat(page.select("main h1").text())
			.isEqualTo("The welfare practices of municipalities, at your fingertips");
		assertThat(page.select("main h2").eachText()).contains("Upcoming meetings", "The catalogue at a glance",
				"Featured");
		assertThat(page.select("#home-q").attr("placeholder")).startsWith("E.g.");
		assertThat(page.select("#valutazione h2").text()).isEqualTo("Was this page useful to you?");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void theLegalPrivacyAndAccessibilityPagesSpeakEnglish() throws Exception {
		Document legal = english("/note-legali?lang=en");
		assertThat(legal.select("main h1").text()).isEqualTo("Legal notes");
		assertThat(legal.select("main h2").eachText()).contains("Data licences");
		assertThat(EnglishPages.italianOutsideContent(legal)).isEmpty();

		Document privacy = english("/privacy?lang=en");
		assertThat(privacy.select("main h1").text()).isEqualTo("Notice on the processing of personal data");
		assertThat(privacy.select("main h2").eachText()).contains("Data controller", "Rights of data subjects");
		assertThat(EnglishPages.italianOutsideContent(privacy)).isEmpty();

		Document accessibility = english("/accessibilita?lang=en");
		assertThat(accessibility.select("main h1").text()).isEqualTo("Accessibility statement");
		assertThat(accessibility.select("main").text()).contains("The answer comes within 30 days.");
		assertThat(EnglishPages.italianOutsideContent(accessibility)).isEmpty();
	}

	@Test
	void theErrorPagesSpeakEnglish() {
		var missing = Http.get(this.port, "/questa-pagina-non-esiste?lang=en");
		assertThat(missing.statusCode()).isEqualTo(404);
		Document notFound = Jsoup.parse(missing.body());
		assertThat(notFound.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(notFound.select("main h1").text()).isEqualTo("Page not found");
		assertThat(notFound.select("main a.btn").eachText()).containsExactly("Go to the home page",
				"Search the practices");
		assertThat(EnglishPages.italianOutsideContent(notFound)).isEmpty();

		var bad = Http.get(this.port, "/pratiche/confronta.csv?id=non-esiste&lang=en");
		assertThat(bad.statusCode()).isEqualTo(400);
		Document invalid = Jsoup.parse(bad.body());
		assertThat(invalid.select("main h1").text()).isEqualTo("Invalid request");
		assertThat(invalid.select("main p.alert").text()).isEqualTo(
				"Downloading a comparison needs 2 to 4 published practices: choose them in the catalogue with “Select for comparison”.");
		assertThat(EnglishPages.italianOutsideContent(invalid)).isEmpty();
	}

	@Test
	void theRatingBoxAsksAndComplainsInEnglish() {
		HttpSession visitor = new HttpSession();
		visitor.get(this.port, "/notizie?lang=en");
		visitor.post(this.port, "/valutazioni", Map.of("pagina", "/notizie", "voto", "9"));
		Document refused = Jsoup.parse(visitor.get(this.port, "/notizie").body());
		assertThat(refused.select("#valutazione .alert-danger").text()).isEqualTo("Choose a score from 1 to 5 stars.");
		assertThat(refused.select("#valutazione legend").text())
			.isEqualTo("Rate from 1 to 5 stars how clear the information on this page is");

		visitor.post(this.port, "/valutazioni", Map.of("pagina", "/notizie", "voto", "5"));
		Document followUp = Jsoup.parse(visitor.get(this.port, "/notizie").body());
		assertThat(followUp.select("#valutazione legend").text()).isEqualTo("What did you like best?");
		assertThat(followUp.select("#valutazione p.small").text()).isEqualTo("You gave 5 stars out of 5.");
		assertThat(followUp.select("#valutazione label.form-check-label").eachText()).contains("Other");
		// the answer sent and stored stays the Italian one
		assertThat(followUp.select("#valutazione input[name=risposta]").eachAttr("value")).contains("Altro");
	}

	private Document english(String url) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		return page;
	}

}
