package it.anci.welfare.intake;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.Role;
import it.anci.welfare.mail.MailWorker;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import it.anci.welfare.support.MailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipal officer and an editor in Chromium, under the real CSP and with axe-core on
 * every page: propose, follow the link of the message that arrived, the editor asks for a
 * change, the officer edits, the editor publishes, the card is public with its
 * attribution.
 */
@BrowserTest
class ProposalBrowserTests {

	static final String TITLE = "Prova proposta nel browser: sportello sociale itinerante";

	static final String PASSWORD = "Redazione-proposte-2026!";

	static Browser browser;

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.extension();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		MailServer.register(smtp, registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailWorker worker;

	@Autowired
	AccountService accounts;

	@AfterEach
	void cleanUp() throws Exception {
		this.jdbc.sql("delete from proposal").update();
		this.jdbc.sql("delete from practice where title like 'Prova proposta nel browser:%'").update();
		this.jdbc.sql("delete from rate_limit_bucket").update();
		this.jdbc.sql("delete from mail_message").update();
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void proposeFollowTheMailAskForAChangeEditPublish() throws Exception {
		Page officer = browser.newPage(390);
		officer.navigate(url("/pratiche/proponi"));
		assertThat(Browser.seriousAccessibilityViolations(officer)).isEmpty();
		assertThat(officer.isVisible("#sito")).as("the honeypot is hidden").isFalse();
		officer.fill("[id='card.title']", TITLE);
		officer.fill("[id='card.provider.name']", "Comune di Gubbio");
		officer.fill("[id='card.comune']", "Gubbio");
		officer.selectOption("[id='card.classification.kind']", "NUOVO");
		officer.fill("[id='card.service.description']",
				"Uno sportello sociale su un furgone, nelle frazioni, due giorni a settimana.");
		officer.fill("[id='card.startDate']", "2020-04");
		officer.fill("[id='card.service.partners']", "Croce Rossa, sezione di Gubbio");
		officer.fill("[id='card.service.technologies']", "Nessuna");
		officer.fill("[id='card.feedback.operators']", "Non indicato");
		officer.fill("[id='card.feedback.citizens']", "Non indicato");
		officer.fill("[id='card.feedback.innovation']", "Il servizio va dalle persone invece di aspettarle");
		officer.selectOption("[id='card.continuation.answer']", "SI");
		officer.fill("[id='card.continuation.note']", "Prosegue nelle frazioni");
		officer.fill("[id='submitter.name']", "Luca Verdi");
		officer.fill("[id='submitter.office']", "Servizi sociali del Comune di Gubbio");
		officer.fill("[id='submitter.role']", "responsabile del servizio");
		officer.fill("[id='submitter.email']", "luca.verdi@comune.gubbio.example");
		officer.click("#proposal-submit");
		officer.waitForSelector(".alert-danger li");
		// refused: no service area, no target group, no consent; everything typed is
		// still there
		assertThat(officer.locator(".alert-danger li").allTextContents()).hasSize(3);
		assertThat(officer.inputValue("[id='card.title']")).isEqualTo(TITLE);
		assertThat(Browser.seriousAccessibilityViolations(officer)).isEmpty();
		Browser.tick(officer, "card.classification.serviceAreas-OS1");
		Browser.tick(officer, "card.classification.targetGroups-MULBEN");
		Browser.tick(officer, "privacy");
		officer.click("#proposal-submit");
		officer.waitForURL("**/pratiche/proponi/inviata");
		assertThat(officer.textContent("main")).contains("luca.verdi@comune.gubbio.example");

		officer.navigate(url(MailServer.link(mail(0), "/proposte/conferma/")));
		assertThat(Browser.seriousAccessibilityViolations(officer)).isEmpty();
		officer.click("main button");
		officer.waitForURL("**/proposte/*?confermata");
		assertThat(officer.textContent("main")).contains("la proposta è confermata", "Da moderare");
		assertThat(Browser.seriousAccessibilityViolations(officer)).isEmpty();

		Page editor = staff();
		editor.navigate(url("/admin/pratiche/proposte"));
		editor.click("text=" + TITLE);
		editor.waitForSelector("main >> text=Luca Verdi");
		assertThat(editor.textContent("main")).contains("Luca Verdi", "Servizi sociali del Comune di Gubbio");
		assertThat(Browser.seriousAccessibilityViolations(editor)).isEmpty();
		editor.fill("#messaggio", "Indichi quante frazioni raggiunge lo sportello.");
		editor.click("text=Chiedi modifiche");
		editor.waitForSelector("main >> text=Richiesta di modifiche inviata");
		assertThat(editor.textContent("main")).contains("Richiesta di modifiche inviata");

		// the message's first link opens the form, with what the editors ask
		officer.navigate(url(MailServer.link(mail(2), "/proposte/")));
		assertThat(officer.url()).endsWith("/modifica");
		assertThat(officer.textContent("#editor-message")).contains("Indichi quante frazioni raggiunge lo sportello.");
		assertThat(Browser.seriousAccessibilityViolations(officer)).isEmpty();
		officer.fill("[id='card.service.keyFigures']", "12 frazioni raggiunte");
		// the page in front of the click is already loaded: wait for the next one
		officer.click("#proposal-submit");
		officer.waitForSelector("main >> text=Modifiche inviate");
		assertThat(officer.textContent("main")).contains("Modifiche inviate", "Da moderare");

		editor.reload();
		editor.click("text=Pubblica nel catalogo");
		editor.waitForSelector("main >> text=Proposta pubblicata nel catalogo");
		assertThat(editor.textContent("main")).contains("Proposta pubblicata nel catalogo");
		String slug = this.jdbc.sql("select p.slug from practice p join proposal q on q.practice_id = p.id")
			.query(String.class)
			.single();

		Page citizen = browser.newPage(1280);
		citizen.navigate(url("/pratiche/" + slug));
		assertThat(citizen.textContent(".practice-verification"))
			.startsWith("Proposta dal Comune di Gubbio, verificata dalla redazione il ");
		assertThat(citizen.textContent("main")).contains("12 frazioni raggiunte");
		assertThat(Browser.seriousAccessibilityViolations(citizen)).isEmpty();
		assertThat(browser.problems()).isEmpty();
	}

	private Page staff() {
		if (this.accounts.account("redazione.proposte").isEmpty()) {
			this.accounts.create("redazione.proposte", "Redazione proposte", Role.EDITOR, PASSWORD, "test");
		}
		this.jdbc.sql("delete from login_failure").update();
		Page page = browser.newPage(1280);
		Browser.logIn(page, url("/login"), "redazione.proposte", PASSWORD);
		return page;
	}

	/** The plain text of the {@code index}-th message delivered so far. */
	private String mail(int index) throws Exception {
		this.worker.sendDue();
		List<MimeMessage> messages = List.of(smtp.getReceivedMessages());
		return MailServer.part(messages.get(index), "text/plain");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
