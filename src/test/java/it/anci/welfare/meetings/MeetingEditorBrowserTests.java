package it.anci.welfare.meetings;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.Role;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import it.anci.welfare.support.SampleFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in Chromium convokes a meeting, uploads its convocation, publishes it; a
 * citizen downloads the file.
 */
@BrowserTest
class MeetingEditorBrowserTests {

	static final String TITLE = "Prova: Consulta welfare convocata dal browser";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@AfterEach
	void removeTheMeeting() {
		this.jdbc.sql("""
				with gone as (delete from attachment a where a.owner_type = 'MEETING'
				    and a.owner_id in (select id from meeting where title = ?) returning file_id)
				delete from stored_file where id in (select file_id from gone)""").param(TITLE).update();
		this.jdbc.sql("delete from meeting where title = ?").param(TITLE).update();
	}

	@Test
	void anEditorConvokesAMeetingWithItsConvocationFile() throws Exception {
		if (this.accounts.account("redattrice.convocazioni").isEmpty()) {
			this.accounts.create("redattrice.convocazioni", "Redattrice delle convocazioni", Role.EDITOR,
					"Convocazioni-welfare-2026!", "test");
		}
		this.jdbc.sql("delete from login_failure").update();
		Page page = browser.newPage(1280);
		Browser.logIn(page, url("/login"), "redattrice.convocazioni", "Convocazioni-welfare-2026!");

		page.click("nav.admin-nav >> text=Riunioni");
		page.click("text=Nuova convocazione");
		page.waitForURL("**/admin/riunioni/nuova");
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		page.fill("#title", TITLE);
		page.fill("#startsAt", "2099-05-12T10:00");
		page.fill("#endsAt", "2099-05-12T09:00");
		page.click("button[value=salva]");
		// the form comes back with the error next to the field and what was typed
		assertThat(page.textContent("#endsAt-error")).contains("successiva all'inizio");
		assertThat(page.inputValue("#title")).isEqualTo(TITLE);
		assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
		page.fill("#endsAt", "2099-05-12T13:00");
		page.fill("#venue", "Sala Falcone Borsellino");
		page.fill("#city", "Perugia");
		page.fill("#agenda", "Linee guida per la tutela dei minori\nVarie ed eventuali");
		page.fill("[id='groups0.name']", "Tutela dei minori");
		page.click("button[value=salva]");
		// the page in front of a click stays until the answer arrives: wait for the
		// answer
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Bozza della riunione salvata.");

		Path pdf = this.folder.resolve("convocazione 12 maggio.pdf");
		Files.write(pdf, SampleFiles.pdf());
		page.fill("#attachment-title", "Convocazione firmata");
		page.selectOption("#attachment-kind", "CONVOCAZIONE");
		page.setInputFiles("#file", pdf);
		page.click("text=Carica il documento");
		PlaywrightAssertions.assertThat(page.locator("main"))
			.containsText("Documento «Convocazione firmata» aggiunto.");
		assertThat(page.textContent("main")).contains("convocazione-12-maggio.pdf");

		Browser.tick(page, "published");
		page.click("button[value=salva]");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Riunione salvata e pubblicata.");
		page.click("text=Pagina pubblica");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText(TITLE);
		assertThat(page.textContent("main")).contains("Linee guida per la tutela dei minori", "Tutela dei minori");
		Download download = page.waitForDownload(() -> page.click("text=Convocazione firmata"));
		assertThat(download.suggestedFilename()).isEqualTo("convocazione-12-maggio.pdf");
		assertThat(Files.readAllBytes(download.path())).startsWith("%PDF-".getBytes());
		assertThat(browser.problems()).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
