package it.anci.welfare.meetings;

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
 * An editor in Chromium adds a member to a body: the form's errors and the members page
 * pass axe at 1280 px.
 */
@BrowserTest
class MeetingMembersBrowserTests {

	static final String BODY = "Prova: Gruppo di lavoro Case popolari";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheMembers() {
		this.jdbc.sql("delete from meeting_member where body_name = ?").param(BODY).update();
	}

	@Test
	void anEditorAddsAMemberToABody() {
		if (this.accounts.account("redattrice.organi").isEmpty()) {
			this.accounts.create("redattrice.organi", "Redattrice degli organi", Role.EDITOR, "Organi-welfare-2026!",
					"test");
		}
		this.jdbc.sql("delete from login_failure").update();
		Page page = browser.newPage(1280);
		Browser.logIn(page, url("/login"), "redattrice.organi", "Organi-welfare-2026!");
		page.navigate(url("/admin/riunioni"));
		page.click("text=Membri degli organi");
		// the page in front of a click stays until the answer arrives: wait for the
		// answer
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Membri degli organi");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		page.click("text=Aggiungi un membro");
		page.fill("#bodyName", BODY);
		page.fill("#email", "elena.conti@comune");
		page.click("button:has-text('Salva')");
		assertThat(page.textContent("#name-error")).isEqualTo("Inserisca nome e cognome.");
		assertThat(page.textContent("#email-error")).contains("indirizzo e-mail valido");
		assertThat(page.inputValue("#bodyName")).isEqualTo(BODY);
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		page.fill("#name", "Elena Conti");
		page.fill("#email", "elena.conti@comune.spoleto.example");
		page.fill("#affiliation", "Comune di Spoleto");
		page.click("button:has-text('Salva')");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Membro «Elena Conti» salvato.");
		assertThat(page.textContent("main")).contains("elena.conti@comune.spoleto.example", "Comune di Spoleto",
				"Attivo");
		assertThat(page.textContent("h1")).isEqualTo(BODY);
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		assertThat(browser.problems()).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
