package it.anci.welfare.catalogue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.Role;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in Chromium writes a practice card, fixes what the form refused, previews it
 * and publishes it.
 */
@BrowserTest
class PracticeEditorBrowserTests {

	static final String TITLE = "Prova: orti sociali per gli anziani soli scritta dal browser";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	/** Other test classes count the seeded cards: leave the shared database as it was. */
	@AfterEach
	void removeTheCard() {
		this.jdbc.sql("delete from practice where title = ?").param(TITLE).update();
	}

	@Test
	void anEditorWritesPreviewsAndPublishesACard() {
		if (this.accounts.account("redattore.pratiche").isEmpty()) {
			this.accounts.create("redattore.pratiche", "Redattore delle pratiche", Role.EDITOR,
					"Pratiche-welfare-2026!", "test");
		}
		this.jdbc.sql("delete from login_failure").update();
		Page page = browser.newPage(1280);
		Browser.logIn(page, url("/login"), "redattore.pratiche", "Pratiche-welfare-2026!");

		page.click("nav.admin-nav >> text=Pratiche");
		page.click("text=Nuova scheda");
		page.waitForURL("**/admin/pratiche/nuova");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		page.fill("[id='card.title']", TITLE);
		page.fill("[id='card.provider.name']", "Comune di Assisi");
		page.fill("[id='card.comune']", "Assisi");
		page.selectOption("[id='card.classification.kind']", "NUOVO");
		page.fill("[id='card.service.description']",
				"Orti comunali affidati agli anziani soli, con il trasporto dei volontari.");
		page.fill("[id='card.startDate']", "2020-05-04");
		page.fill("[id='card.service.partners']", "Associazione degli orticoltori");
		page.fill("[id='card.service.technologies']", "Non indicato");
		page.fill("[id='card.feedback.operators']", "Non indicato");
		page.fill("[id='card.feedback.citizens']", "Non indicato");
		page.fill("[id='card.feedback.innovation']", "Non indicato");
		page.selectOption("[id='card.continuation.answer']", "SI");
		page.fill("[id='card.continuation.note']", "Gli orti restano assegnati");
		page.click("main button:has-text('Salva')");
		// refused: no area of intervention and no target group; what was typed is still
		// there
		assertThat(page.textContent("[id='card.classification.serviceAreas-error']")).contains("area di intervento");
		assertThat(page.textContent("[id='card.classification.targetGroups-error']")).contains("destinatario");
		assertThat(page.locator(".alert-danger li").allTextContents()).hasSize(2);
		assertThat(page.inputValue("[id='card.title']")).isEqualTo(TITLE);
		assertThat(page.inputValue("[id='card.service.description']")).contains("Orti comunali");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

		Browser.tick(page, "card.classification.serviceAreas-OS5");
		Browser.tick(page, "card.classification.targetGroups-ELD");
		page.click("main button:has-text('Salva')");
		// the page in front of a click stays until the answer arrives: wait for the
		// answer
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Scheda salvata come bozza.");
		String slug = this.jdbc.sql("select slug from practice where title = ?")
			.param(TITLE)
			.query(String.class)
			.single();
		assertThat(page.navigate(url("/pratiche/" + slug)).status()).isEqualTo(404);

		page.goBack();
		page.click("text=Vedi la scheda come la vedrà il pubblico");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Anteprima per la redazione");
		assertThat(page.textContent("main")).contains(TITLE, "Assisi");
		page.goBack();
		Browser.tick(page, "published");
		page.click("main button:has-text('Salva')");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Scheda salvata e pubblicata.");

		page.navigate(url("/pratiche?q=orti+sociali"));
		page.click("text=" + TITLE);
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText(TITLE);
		assertThat(page.textContent("main")).contains("Assisi", "Orti comunali affidati agli anziani soli");
		assertThat(browser.problems()).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
