package it.anci.welfare.web;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * News, meetings, templates and site pages in Chromium: a citizen's journey and axe-core
 * on every page type.
 */
@BrowserTest
class ContentPagesBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Test
	void fromTheHomeToANewsItemToItsMeetingToTheCalendarFile() throws Exception {
		Page page = browser.newPage(1280);
		page.navigate(url("/"));
		page.click("text=Tutte le notizie");
		page.waitForURL("**/notizie");
		page.click("text=Convocazione incontro Welfare Comuni capofila");
		PlaywrightAssertions.assertThat(page.locator("h1"))
			.containsText("Convocazione incontro Welfare Comuni capofila");
		page.click("aside >> text=Riunione: Incontro Welfare Comuni capofila");
		page.waitForURL("**/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020");
		assertThat(page.textContent("main")).contains("Sala Falcone Borsellino", "Riunione conclusa")
			.doesNotContain("Aggiungi al calendario"); // a meeting that is over is not
														// offered to calendars
		page.click("nav.breadcrumb-container >> text=Riunioni");
		page.waitForURL("**/riunioni");
		// the calendar to subscribe to: a webcal link, and the https address to paste
		// into Google or Outlook
		assertThat(page.getAttribute("section.calendar-subscribe a.btn >> nth=0", "href")).startsWith("webcal://");
		String ics = page.request().get(page.textContent("code.calendar-url >> nth=0")).text();
		assertThat(ics).contains("BEGIN:VEVENT", "DTSTART;TZID=Europe/Rome:20200205T100000", "X-WR-CALNAME:");
		assertThat(browser.problems()).isEmpty();
	}

	@Test
	void fromTheTemplatesToACopyFilledInForOsimo() throws Exception {
		Page page = browser.newPage(390);
		page.navigate(url("/modelli"));
		page.click("text=Atto di indirizzo della Giunta comunale");
		page.click("text=Compila per il tuo Comune");
		page.waitForURL("**/compila");
		page.fill("#q", "Osimo");
		page.click("main form button[type=submit]");
		page.waitForURL("**/compila?q=Osimo");
		Download download = page
			.waitForDownload(() -> page.click("a[aria-label='Scarica Word (DOCX) compilato per Osimo']"));
		assertThat(download.suggestedFilename()).endsWith("osimo.docx");
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(download.path()));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("Comune di Osimo", "Provincia di Ancona");
		}
		assertThat(browser.problems()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/notizie", "/notizie/misure-urgenti-di-solidarieta-alimentare-tracce-per-i-comuni",
			"/riunioni", "/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020", "/modelli",
			"/modelli/categorie/solidarieta-alimentare-ocdpc-658-2020",
			"/modelli/modulo-domanda-beneficiari-buoni-spesa",
			"/modelli/modulo-domanda-beneficiari-buoni-spesa/compila?q=osi", "/accessibilita", "/privacy",
			"/note-legali", "/login", "/pagina-inesistente", "/dati" })
	void pagesAreAccessibleAtDesktopAndPhoneWidths(String path) {
		for (int width : new int[] { 1280, 390 }) {
			Page page = browser.newPage(width);
			page.navigate(url(path));
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(Browser.seriousAccessibilityViolations(page)).as("%s at %d px", path, width).isEmpty();
			assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
				.as("no horizontal scroll on %s at %d px", path, width)
				.isEqualTo(true);
		}
		assertThat(browser.problems()).isEmpty();
	}

	/**
	 * The statistics page at both widths: axe-core finds no serious violation, nothing
	 * scrolls sideways, the charts are drawn (SVG with a bar per value), and Chromium
	 * reports no CSP violation, also for the JSON-LD of a card.
	 */
	@Test
	void theStatisticsPageIsAccessibleAndBreaksNoContentSecurityRule() {
		for (int width : new int[] { 1280, 390 }) {
			Page page = browser.newPage(width);
			page.addInitScript("window.__csp = []; document.addEventListener('securitypolicyviolation', "
					+ "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
			page.navigate(url("/statistiche?regione=umbria"));
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(Browser.seriousAccessibilityViolations(page)).as("/statistiche at %d px", width).isEmpty();
			assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
				.isEqualTo(true);
			assertThat(page.locator("#grafico-regioni svg.chart-svg rect.chart-bar").count()).isEqualTo(20);
			assertThat(page.locator("#grafico-regioni svg.chart-svg").boundingBox().width)
				.isGreaterThan(width == 390 ? 300 : 400);
			assertThat(page.evaluate("() => window.__csp")).as("CSP violations at %d px", width)
				.isEqualTo(java.util.List.of());
			page.navigate(url("/pratiche"));
			page.click("main .practice-item a >> nth=0");
			page.waitForURL("**/pratiche/*");
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(page.locator("head script[type='application/ld+json']").count()).isEqualTo(1);
			assertThat(page.evaluate("() => window.__csp")).as("CSP violations on a card")
				.isEqualTo(java.util.List.of());
		}
		assertThat(browser.problems()).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
