package it.anci.welfare.accounts;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in Chromium, under the real CSP: log in, draft, preview, publish, see it
 * public, log out.
 */
@BrowserTest
class EditorJourneyBrowserTests {

	static final String TITLE = "Nuovo bando per il trasporto sociale degli anziani";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheNews() {
		this.jdbc.sql("delete from news where title = ?").param(TITLE).update();
	}

	@Test
	void anEditorDraftsPreviewsPublishesAndLogsOut() {
		if (this.accounts.account("redattore.browser").isEmpty()) {
			this.accounts.create("redattore.browser", "Redattore di prova", Role.EDITOR, LoginTests.PASSWORD, "test");
		}
		this.jdbc.sql("delete from login_failure").update();
		Page page = browser.newPage(1280);
		page.navigate(url("/admin"));
		page.waitForURL("**/login");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		page.fill("#username", "redattore.browser");
		page.fill("#password", LoginTests.PASSWORD);
		page.click("main button[type=submit]");
		page.waitForURL("**/admin?continue");
		assertThat(page.textContent("main")).contains("Redattore di prova");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

		page.click("text=Scrivere e pubblicare le notizie");
		page.click("text=Nuova notizia");
		page.fill("input[name=title]", TITLE);
		page.fill("input[name=summary]", "Il Comune apre le domande per il trasporto sociale.");
		page.fill("#body", "Le domande si presentano **entro il 30 aprile**. <script>window.violato = true</script>");
		page.click("button[value=anteprima]");
		page.waitForSelector("section[aria-labelledby=preview-title]");
		assertThat(page.innerHTML("section[aria-labelledby=preview-title]"))
			.contains("<strong>entro il 30 aprile</strong>");
		assertThat(page.evaluate("() => window.violato === undefined")).isEqualTo(true);
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		page.click("button[value=salva]");
		// the preview was already at this address: wait for the list's message
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Bozza salvata.");
		assertThat(page.textContent("main")).contains(TITLE);
		String slug = this.jdbc.sql("select slug from news where title = ?").param(TITLE).query(String.class).single();
		assertThat(Http.get(this.port, "/notizie/" + slug).statusCode()).isEqualTo(404);

		page.click("text=" + TITLE);
		Browser.tick(page, "published");
		page.click("button[value=salva]");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Notizia salvata e pubblicata.");
		page.navigate(url("/notizie/" + slug));
		assertThat(page.textContent("h1")).isEqualTo(TITLE);
		assertThat(Http.get(this.port, "/notizie/feed.rss", "*/*").body()).contains(TITLE);

		page.navigate(url("/admin"));
		page.click("text=Esci");
		page.waitForURL("**/login?uscito");
		page.navigate(url("/admin"));
		page.waitForURL("**/login");
		assertThat(browser.problems()).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
