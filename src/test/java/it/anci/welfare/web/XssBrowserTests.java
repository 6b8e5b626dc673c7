package it.anci.welfare.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.Role;
import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.ProviderType;
import it.anci.welfare.catalogue.SourceKind;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.StartDate;
import it.anci.welfare.doctemplates.TemplateEditor;
import it.anci.welfare.intake.Moderation;
import it.anci.welfare.intake.Proposals;
import it.anci.welfare.intake.Submitter;
import it.anci.welfare.meetings.MeetingEditor;
import it.anci.welfare.meetings.MeetingKind;
import it.anci.welfare.news.NewsEditor;
import it.anci.welfare.news.NewsType;
import it.anci.welfare.support.Browser;
import it.anci.welfare.support.BrowserTest;
import it.anci.welfare.support.XssCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XSS corpus pasted into every Markdown field (news body, meeting presentation and
 * minutes, template text) and into the staff preview, then opened in Chromium: no dialog,
 * no script run, no active HTML in the rendered text.
 */
@BrowserTest
class XssBrowserTests {

	static final String TITLE = "Prova XSS: testo con vettori di attacco";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	NewsEditor news;

	@Autowired
	MeetingEditor meetings;

	@Autowired
	TemplateEditor templates;

	@Autowired
	AccountService accounts;

	@Autowired
	Proposals proposals;

	@Autowired
	Moderation moderation;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheContent() {
		this.jdbc.sql("delete from news where title = ?").param(TITLE).update();
		this.jdbc.sql("delete from proposal where title like ?").param(TITLE + "%").update();
		this.jdbc.sql("delete from practice where title like ?").param(TITLE + "%").update();
		this.jdbc.sql("delete from rate_limit_bucket").update();
		this.jdbc.sql("delete from meeting where title = ?").param(TITLE).update();
		List<Long> files = this.jdbc
			.sql("select f.file_id from doc_template_file f join doc_template t on t.slug = f.template_slug "
					+ "where t.title = ?")
			.param(TITLE)
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from doc_template where title = ?").param(TITLE).update();
		if (!files.isEmpty()) {
			this.jdbc.sql("delete from stored_file where id in (:ids)").param("ids", files).update();
		}
	}

	@Test
	void everyMarkdownFieldRendersTheCorpusInertOnThePublicPages() {
		String corpus = XssCorpus.asOneText();
		Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
		this.news.create(new NewsEditor.Draft(null, 0, NewsType.NOTIZIA, TITLE, "Sommario", corpus, List.of(), false,
				true, yesterday, List.of()), null, "test");
		this.meetings.create(new MeetingEditor.Draft(null, 0, TITLE, null, MeetingKind.IN_PRESENZA, yesterday,
				yesterday.plus(2, ChronoUnit.HOURS), false, "Sala", null, "Perugia", null, corpus, List.of(), List.of(),
				corpus, true), null, "test");
		this.templates.create(new TemplateEditor.Draft(null, 0, TITLE, "Prove di sicurezza", "Descrizione", null, null,
				null, null, corpus, true), null, "test");

		assertInert("/notizie/" + slug("news"), ".news-body");
		assertInert("/riunioni/" + slug("meeting"), ".meeting-description", ".meeting-minutes");
		assertInert("/modelli/" + slug("doc_template"), ".template-text");
	}

	/**
	 * A municipality's proposal carries the corpus in every text field of the card, and
	 * in its follow-up.
	 */
	@Test
	void aProposalRendersTheCorpusInertOnItsCardAndItsPrivatePage() {
		String corpus = XssCorpus.asOneText();
		String title = TITLE + " <img src=x onerror=alert(1)>";
		PracticeCard card = new PracticeCard(title, Provenance.PROPOSTA,
				new PracticeCard.Provider(ProviderType.COMUNE, corpus), "054039",
				new PracticeCard.Classification("NUOVO", List.of("OS1"), List.of("ELD"), List.of()),
				new PracticeCard.Service(corpus, corpus, null, null, corpus, corpus, List.of(), List.of(), corpus,
						List.of(), corpus),
				StartDate.parse("2020-04", StartBasis.AVVIO), new PracticeCard.Feedback(corpus, corpus, corpus),
				new PracticeCard.Continuity(Continuation.SI, corpus),
				new PracticeCard.Contact(corpus, null, null, "javascript:alert(1)"),
				List.of(new PracticeCard.Source(corpus, SourceKind.ENTE, "javascript:alert(2)")));
		this.proposals.submit(card, new Submitter(corpus, corpus, "xss@comune.example", corpus), true, null,
				"192.0.2.1", List.of());
		var proposal = this.jdbc.sql("select id, confirm_token, private_token::text from proposal where title = ?")
			.param(title)
			.query()
			.singleRow();
		this.proposals.confirm((java.util.UUID) proposal.get("confirm_token"));
		long id = ((Number) proposal.get("id")).longValue();
		long version = this.jdbc.sql("select version from proposal where id = ?").param(id).query(Long.class).single();
		String slug = this.moderation.publish(id, version, "test");

		Page page = watchedPage();
		page.navigate(url("/pratiche/" + slug));
		assertThat(page.textContent("h1")).isEqualTo(title);
		assertInert(page, ".practice-description", "section[aria-labelledby=s-riscontri]",
				"section[aria-labelledby=s-innovazione]", "section[aria-labelledby=s-prosecuzione]",
				"section[aria-labelledby=s-partner]", "section[aria-labelledby=s-contatti]", ".practice-sources");
		Page privatePage = watchedPage();
		privatePage.navigate(url("/proposte/" + proposal.get("private_token")));
		assertThat(privatePage.textContent("h1")).isEqualTo(title);
		assertInert(privatePage, "main .lead");
	}

	@Test
	void theStaffPreviewRendersTheCorpusInert() {
		if (this.accounts.account("redattore.xss").isEmpty()) {
			this.accounts.create("redattore.xss", "Redattore XSS", Role.EDITOR, "Sicurezza-welfare-2026!", "test");
		}
		this.jdbc.sql("delete from login_failure").update();
		Page page = watchedPage();
		Browser.logIn(page, url("/login"), "redattore.xss", "Sicurezza-welfare-2026!");
		page.navigate(url("/admin/riunioni/nuova"));
		page.fill("#description", XssCorpus.asOneText());
		page.click("button[value=anteprima]");
		page.waitForSelector("section[aria-labelledby=preview-title]");
		assertThat(page.innerHTML("section[aria-labelledby=preview-title]")).contains("clicca qui");
		assertInert(page, "section[aria-labelledby=preview-title] .news-body");
	}

	private void assertInert(String path, String... containers) {
		Page page = watchedPage();
		page.navigate(url(path));
		assertThat(page.textContent("h1")).isEqualTo(TITLE);
		assertInert(page, containers);
	}

	private void assertInert(Page page, String... containers) {
		page.waitForTimeout(300);
		List<String> problems = new ArrayList<>();
		for (String container : containers) {
			String html = page.innerHTML(container);
			assertThat(html).as(container).contains("clicca qui");
			XssCorpus.activeParts(html).forEach(p -> problems.add(container + ": " + p));
			problems.addAll(page.locator(container + " a[href]")
				.all()
				.stream()
				.map(a -> a.getAttribute("href"))
				.filter(href -> !href.matches("(https?://|mailto:|/|#)\\S+"))
				.map(href -> container + ": link to " + href)
				.toList());
		}
		assertThat(problems).isEmpty();
		assertThat(page.evaluate("() => top.__xss === undefined")).isEqualTo(true);
		assertThat(dialogs).isEmpty();
		assertThat(browser.problems())
			.noneMatch(p -> p.contains("Content Security Policy") || p.contains("xss.example"));
	}

	private final List<String> dialogs = new ArrayList<>();

	private Page watchedPage() {
		Page page = browser.newPage(1280);
		page.onDialog(dialog -> {
			this.dialogs.add(dialog.type() + ": " + dialog.message());
			dialog.dismiss();
		});
		return page;
	}

	private String slug(String table) {
		return this.jdbc.sql("select slug from " + table + " where title = ?")
			.param(TITLE)
			.query(String.class)
			.single();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
