package it.anci.welfare.feedback;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor rates a page with the keyboard-and-mouse controls of the box, under the real
 * CSP, at two widths.
 */
@BrowserTest
class PageRatingBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(ints = { 1280, 390 })
	void aVisitorRatesTheNewsPage(int width) {
		Page page = browser.newPage(width);
		page.navigate("http://localhost:" + this.port + "/notizie");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		page.click("label[for=rating-star-4]");
		page.click("#valutazione button[type=submit]");
		// the box of the first step is there until the answer arrives: wait for the
		// second
		PlaywrightAssertions.assertThat(page.locator("#valutazione legend"))
			.hasText("Quali sono stati gli aspetti che hai preferito?");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		page.click("label[for=rating-answer-0]");
		page.fill("#rating-comment", "Chiara e completa");
		page.click("#valutazione button[type=submit]");
		PlaywrightAssertions.assertThat(page.locator("#valutazione h2"))
			.hasText("Grazie, il tuo giudizio ci aiuterà a migliorare il servizio!");
		assertThat(this.jdbc
			.sql("select count(*) from page_rating where page = '/notizie' and rating = 4 "
					+ "and answer = 'Le indicazioni erano chiare' and comment = 'Chiara e completa'")
			.query(Long.class)
			.single()).isEqualTo(1);
		this.jdbc.sql("delete from page_rating where comment = 'Chiara e completa'").update();
		assertThat(browser.problems()).isEmpty();
	}

}
