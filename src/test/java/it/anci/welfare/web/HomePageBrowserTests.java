package it.anci.welfare.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class HomePageBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Test
	void homePageLoadsWithItsStylesAndScriptsAndIsAccessible() {
		Page page = browser.newPage(1280);
		page.navigate("http://localhost:" + this.port + "/");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.title()).contains("Portale Welfare dei Comuni");
		// Bootstrap Italia's CSS is applied (the header is the AgID blue) and its JS
		// bundle has run
		assertThat(page.evalOnSelector(".it-header-center-wrapper", "e => getComputedStyle(e).backgroundColor"))
			.isEqualTo("rgb(0, 102, 204)");
		assertThat(page.evaluate("() => typeof window.bootstrap")).isEqualTo("object");
		assertThat(page.evaluate(
				"() => document.fonts.load('16px \"Titillium Web\"').then(f => f.length > 0 && f.every(x => x.status === 'loaded'))"))
			.isEqualTo(true);
		assertThat(browser.problems()).isEmpty();
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
	}

	@Test
	void phoneWidthShowsTheMenuButtonAndNoHorizontalScroll() {
		Page page = browser.newPage(390);
		page.navigate("http://localhost:" + this.port + "/");
		assertThat(page.isVisible(".custom-navbar-toggler")).isTrue();
		assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
		page.click(".custom-navbar-toggler");
		page.waitForSelector("#nav-main .nav-link >> text=Notizie", new Page.WaitForSelectorOptions());
		assertThat(page.isVisible("#nav-main .nav-link >> text=Notizie")).isTrue();
		assertThat(browser.problems()).isEmpty();
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
	}

}
