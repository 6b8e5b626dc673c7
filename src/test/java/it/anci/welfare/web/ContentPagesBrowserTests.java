package it.anci.welfare.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** News, meetings, templates and site pages in Chromium: a citizen's journey and axe-core on every page type. */
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
		page.waitForLoadState(LoadState.DOMCONTENTLOADED);
		assertThat(page.textContent("h1")).contains("Convocazione incontro Welfare Comuni capofila");
		page.click("aside >> text=Riunione: Incontro Welfare Comuni capofila");
		page.waitForURL("**/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020");
		assertThat(page.textContent("main")).contains("Sala Falcone Borsellino", "Riunione conclusa")
			.doesNotContain("Aggiungi al calendario"); // a meeting that is over is not offered to calendars
		page.click("nav.breadcrumb-container >> text=Riunioni");
		page.waitForURL("**/riunioni");
		Download download = page.waitForDownload(() -> page.click("text=Aggiunga il calendario di tutte le riunioni"));
		String ics = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(ics).contains("BEGIN:VEVENT", "DTSTART;TZID=Europe/Rome:20200205T100000");
		assertThat(browser.problems()).isEmpty();
	}

	@Test
	void fromTheTemplatesToACopyFilledInForOsimo() throws Exception {
		Page page = browser.newPage(390);
		page.navigate(url("/modelli"));
		page.click("text=Atto di indirizzo della Giunta comunale");
		page.click("text=Compila per il tuo Comune");
		page.fill("#q", "Osimo");
		page.click("main form button[type=submit]");
		page.waitForURL("**/compila?q=Osimo");
		Download download = page.waitForDownload(() -> page.click("a[aria-label='Scarica Word (DOCX) compilato per Osimo']"));
		assertThat(download.suggestedFilename()).endsWith("osimo.docx");
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(download.path()));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("Comune di Osimo", "Provincia di Ancona");
		}
		assertThat(browser.problems()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/notizie", "/notizie/misure-urgenti-di-solidarieta-alimentare-tracce-per-i-comuni", "/riunioni",
			"/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020", "/modelli",
			"/modelli/categorie/solidarieta-alimentare-ocdpc-658-2020", "/modelli/modulo-domanda-beneficiari-buoni-spesa",
			"/modelli/modulo-domanda-beneficiari-buoni-spesa/compila?q=osi",
			"/accessibilita", "/privacy", "/note-legali", "/login", "/pagina-inesistente" })
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

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
