package it.anci.welfare.alerts;

import com.microsoft.playwright.Page;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, from the results to "Avvisami": the form, its refusal and its confirmation
 * pass axe-core.
 */
@BrowserTest
class SearchAlertBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheRequest() {
		this.jdbc.sql("delete from alert_recipient").update();
		this.jdbc.sql("delete from mail_message").update();
	}

	@Test
	void aCitizenAsksForTheAlertsOfASearchOnAPhone() {
		Page page = browser.newPage(390);
		page.navigate("http://localhost:" + this.port + "/pratiche?regione=umbria&utenza=ELD");
		page.click("a.alert-link-subscribe");
		page.waitForURL("**/avvisi/nuovo?utenza=ELD&regione=umbria");
		assertThat(page.textContent("#alert-summary")).isEqualTo("Umbria, Anziani");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		assertThat(page.isVisible("#sito")).as("the honeypot is hidden").isFalse();

		page.fill("#email", "assistente.sociale@comune.example");
		page.click("#alert-submit");
		page.waitForSelector("#privacy-error");
		assertThat(page.textContent("#privacy-error")).contains("informativa privacy");
		assertThat(page.inputValue("#email")).isEqualTo("assistente.sociale@comune.example");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

		Browser.tick(page, "privacy");
		page.click("#alert-submit");
		page.waitForURL("**/avvisi/richiesta-inviata");
		assertThat(page.textContent("main")).contains("assistente.sociale@comune.example");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		assertThat(
				this.jdbc.sql("select count(*) from mail_message where recipient = 'assistente.sociale@comune.example'")
					.query(Long.class)
					.single())
			.isEqualTo(1);
		assertThat(browser.problems()).isEmpty();
	}

}
