package it.anci.welfare.accounts;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff use the back office all day, also with a screen reader or a keyboard: every page
 * passes axe (WCAG 2.1 AA) at desktop width and keeps the page itself from scrolling
 * sideways on a phone (wide tables scroll inside their box).
 */
@BrowserTest
class AdminPagesBrowserTests {

	static final String USERNAME = "amministratrice.accessibilita";

	static final String PASSWORD = "Accessibilita-welfare-2026!";

	static Browser browser;

	/**
	 * One logged-in page per width for the whole class: logging in for every page doubled
	 * the run time.
	 */
	static Page desktop;

	static Page phone;

	@LocalServerPort
	int port;

	@BeforeAll
	static void anAdministrator(@Autowired AccountService accounts, @Autowired JdbcClient jdbc) {
		if (accounts.account(USERNAME).isEmpty()) {
			accounts.create(USERNAME, "Amministratrice per l'accessibilità", Role.ADMIN, PASSWORD, "test");
		}
		jdbc.sql("delete from login_failure").update();
	}

	@AfterAll
	static void forgetThePages() { // their browser is closed after the class
		desktop = null;
		phone = null;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/pratiche", "/admin/pratiche/nuova", "/admin/pratiche/esempi",
			"/admin/notizie", "/admin/notizie/nuova", "/admin/riunioni", "/admin/riunioni/nuova", "/admin/modelli",
			"/admin/modelli/nuovo", "/admin/tassonomie", "/admin/tassonomie/aree", "/admin/utenti", "/admin/registro",
			"/admin/password" })
	void backOfficePagesAreAccessible(String path) {
		if (desktop == null) {
			desktop = loggedIn(1280);
			phone = loggedIn(390);
		}
		desktop.navigate(url(path));
		desktop.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(desktop.url()).endsWith(path);
		assertThat(Browser.seriousAccessibilityViolations(desktop)).as("%s at 1280 px", path).isEmpty();

		phone.navigate(url(path));
		phone.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
			.as("no horizontal scroll on %s at 390 px", path)
			.isEqualTo(true);
		assertThat(browser.problems()).isEmpty();
	}

	private Page loggedIn(int width) {
		Page page = browser.kept(browser.newPage(width));
		Browser.logIn(page, url("/login"), USERNAME, PASSWORD);
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
