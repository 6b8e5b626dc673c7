package it.anci.welfare.news;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static it.anci.welfare.support.EnglishPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The news pages in the English interface ({@code ?lang=en}): the interface in English,
 * the news themselves in Italian and marked so.
 */
@PortalTest
class EnglishNewsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListReadsInEnglishAroundItalianNews() throws Exception {
		Document page = page(this.mvc.get().uri("/notizie?lang=en&anno=1999").exchange());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("News");
		assertThat(page.select("label").eachText()).contains("Search the news", "Type", "Topic", "Year");
		assertThat(page.select("select#tipo option").eachText()).contains("All", "News item", "Press release",
				"Notice");
		assertThat(page.selectFirst(".alert-warning").text())
			.isEqualTo("The year “1999” has no news and has been ignored.");
		assertThat(page.select("article.news-item h2[lang=it]")).isNotEmpty();
		assertThat(page.selectFirst("article.news-item time").text()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void anItemReadsInEnglishAroundItsItalianText() throws Exception {
		String slug = this.jdbc
			.sql("select slug from news where status = 'PUBLISHED' and published_at <= now() order by id limit 1")
			.query(String.class)
			.single();
		Document page = page(this.mvc.get().uri("/notizie/{s}?lang=en", slug).exchange());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.select(".breadcrumb a").eachText()).contains("Home", "News");
		assertThat(page.selectFirst("h1").attr("lang")).isEqualTo("it");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void theEditorsPagesAndTheirErrorsReadInEnglish() throws Exception {
		Document list = page(
				this.mvc.get().uri("/admin/notizie?lang=en").with(user("redattrice").roles("EDITOR")).exchange());
		assertThat(list.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(list.select("nav.admin-nav a").eachText()).contains("Dashboard", "News", "Meetings",
				"Change password");
		assertThat(list.select("thead th").eachText()).containsExactly("Title", "Type", "Status", "Publication");
		assertThat(EnglishPages.italianOutsideContent(list)).isEmpty();

		MvcTestResult refused = this.mvc.post()
			.uri("/admin/notizie?lang=en")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("type", "AVVISO")
			.param("title", "")
			.param("summary", "")
			.param("body", "Testo")
			.param("publishedAt", "2020-06-01T10:00")
			.param("azione", "salva")
			.exchange();
		assertThat(refused).hasStatus(422);
		Document form = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(form.selectFirst("#title-error").text()).isEqualTo("Enter the title.");
		assertThat(form.selectFirst("#summary-error").text()).isEqualTo("Enter a short summary.");
		assertThat(form.selectFirst(".alert-danger p").text())
			.isEqualTo("Check the fields marked: what you wrote has been kept.");
		assertThat(form.select(".alert-danger li a").eachAttr("href")).containsExactlyInAnyOrder("#title", "#summary");
		assertThat(form.select("label").eachText()).contains("Title", "Summary", "Featured on the home page");
		assertThat(EnglishPages.italianOutsideContent(form)).isEmpty();
	}

}
