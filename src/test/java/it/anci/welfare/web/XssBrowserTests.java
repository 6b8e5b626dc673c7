package it.anci.welfare.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.Role;
import it.anci.welfare.doctemplates.TemplateEditor;
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
 * The XSS corpus pasted into every Markdown field (news body, meeting presentation and minutes, template text) and
 * into the staff preview, then opened in Chromium: no dialog, no script run, no active HTML in the rendered text.
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
	JdbcClient jdbc;

	@AfterEach
	void removeTheContent() {
		this.jdbc.sql("delete from news where title = ?").param(TITLE).update();
		this.jdbc.sql("delete from meeting where title = ?").param(TITLE).update();
		List<Long> files = this.jdbc.sql("select f.file_id from doc_template_file f join doc_template t on t.slug = f.template_slug "
				+ "where t.title = ?").param(TITLE).query(Long.class).list();
		this.jdbc.sql("delete from doc_template where title = ?").param(TITLE).update();
		if (!files.isEmpty()) {
			this.jdbc.sql("delete from stored_file where id in (:ids)").param("ids", files).update();
		}
	}

	@Test
	void everyMarkdownFieldRendersTheCorpusInertOnThePublicPages() {
		String corpus = XssCorpus.asOneText();
		Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
		this.news.create(new NewsEditor.Draft(null, 0, NewsType.NOTIZIA, TITLE, "Sommario", corpus, List.of(), false, true,
				yesterday, List.of()), "test");
		this.meetings.create(new MeetingEditor.Draft(null, 0, TITLE, null, MeetingKind.IN_PRESENZA, yesterday,
				yesterday.plus(2, ChronoUnit.HOURS), false, "Sala", null, "Perugia", null, corpus, List.of(), List.of(),
				corpus, true), "test");
		this.templates.create(new TemplateEditor.Draft(null, 0, TITLE, "Prove di sicurezza", "Descrizione", null, null, null,
				null, corpus, true), "test");

		assertInert("/notizie/" + slug("news"), ".news-body");
		assertInert("/riunioni/" + slug("meeting"), ".meeting-description", ".meeting-minutes");
		assertInert("/modelli/" + slug("doc_template"), ".template-text");
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
		page.waitForLoadState(LoadState.DOMCONTENTLOADED);
		assertThat(page.innerHTML("section[aria-labelledby=preview-title]")).contains("clicca qui");
		assertInert(page, "section[aria-labelledby=preview-title] .news-body");
	}

	private void assertInert(String path, String... containers) {
		Page page = watchedPage();
		page.navigate(url(path));
		page.waitForLoadState(LoadState.LOAD);
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
			problems.addAll(page.locator(container + " a[href]").all().stream()
				.map(a -> a.getAttribute("href"))
				.filter(href -> !href.matches("(https?://|mailto:|/|#)\\S+"))
				.map(href -> container + ": link to " + href)
				.toList());
		}
		assertThat(problems).isEmpty();
		assertThat(page.evaluate("() => top.__xss === undefined")).isEqualTo(true);
		assertThat(dialogs).isEmpty();
		assertThat(browser.problems()).noneMatch(p -> p.contains("Content Security Policy") || p.contains("xss.example"));
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
		return this.jdbc.sql("select slug from " + table + " where title = ?").param(TITLE).query(String.class).single();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
