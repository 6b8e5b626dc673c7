package it.anci.welfare.doctemplates;

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
 * The document templates in the English interface ({@code ?lang=en}): the interface in
 * English, the templates themselves in Italian and marked so.
 */
@PortalTest
class EnglishTemplateTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListATemplateAndItsCompilePageReadInEnglish() throws Exception {
		Document list = page(this.mvc.get().uri("/modelli?lang=en").exchange());
		assertThat(list.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(list.selectFirst("h1").text()).isEqualTo("Document templates");
		assertThat(list.select(".template-facts").first().text()).contains("Text updated on");
		assertThat(EnglishPages.italianOutsideContent(list)).isEmpty();

		String slug = this.jdbc.sql(
				"select slug from doc_template where status = 'PUBLISHED' and body_html <> '' order by position limit 1")
			.query(String.class)
			.single();
		Document template = page(this.mvc.get().uri("/modelli/{s}?lang=en", slug).exchange());
		assertThat(template.select("dt").eachText()).contains("Category", "Text updated on");
		assertThat(template.select("a[download]").eachText()).contains("Download in PDF format");
		assertThat(template.selectFirst("h1").attr("lang")).isEqualTo("it");
		assertThat(EnglishPages.italianOutsideContent(template)).isEmpty();

		Document compile = page(this.mvc.get().uri("/modelli/{s}/compila?q=Assisi&lang=en", slug).exchange());
		assertThat(compile.selectFirst("h2").text()).matches("(1 municipality|\\d+ municipalities) found");
		assertThat(compile.select(".compile-results a").eachText()).contains("Download PDF");
		assertThat(EnglishPages.italianOutsideContent(compile)).isEmpty();
	}

	@Test
	void theEditorsFormAndItsRulesReadInEnglish() throws Exception {
		MvcTestResult refused = this.mvc.post()
			.uri("/admin/modelli?lang=en")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("title", "")
			.param("categoryName", "Prova")
			.param("description", "Descrizione")
			.param("validFrom", "2020-05-01")
			.param("validUntil", "2020-04-01")
			.param("azione", "salva")
			.exchange();
		assertThat(refused).hasStatus(422);
		Document form = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(form.selectFirst("#title-error").text()).isEqualTo("Enter the title.");
		assertThat(form.selectFirst("#validUntil-error").text())
			.isEqualTo("The end of validity cannot come before its start.");
		assertThat(EnglishPages.italianOutsideContent(form)).isEmpty();
	}

}
