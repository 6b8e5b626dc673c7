package it.anci.welfare.alerts;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The search alert pages in the English interface ({@code ?lang=en}). */
@PortalTest
class EnglishAlertTests {

	private static final String EMAIL = "english.reader@comune.example.it";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheRequestMadeHere() {
		this.jdbc.sql("delete from alert_recipient where email = ?").param(EMAIL).update();
		this.jdbc.sql("delete from mail_message where recipient = ?").param(EMAIL).update();
	}

	@Test
	void aRequestFromTheEnglishInterfaceGetsItsPageInEnglishAndItsMailInItalian() throws Exception {
		MvcTestResult sent = this.mvc.post()
			.uri("/avvisi?lang=en")
			.with(csrf())
			.param("regione", "umbria")
			.param("email", EMAIL)
			.param("frequenza", "giornaliera")
			.param("privacy", "true")
			.param("sito", "")
			.exchange();
		assertThat(sent).hasStatus3xxRedirection();
		MvcTestResult page = this.mvc.get()
			.uri(sent.getResponse().getRedirectedUrl())
			.flashAttrs(sent.getMvcResult().getFlashMap())
			.header("Accept-Language", "en")
			.exchange();
		Document confirmation = Jsoup.parse(page.getResponse().getContentAsString());
		assertThat(confirmation.selectFirst("h1").text()).isEqualTo("Check your e-mail");
		assertThat(EnglishPages.italianOutsideContent(confirmation)).isEmpty();
		String mail = this.jdbc.sql("select body_text from mail_message where recipient = ?")
			.param(EMAIL)
			.query(String.class)
			.single();
		assertThat(mail).startsWith("Buongiorno,")
			.contains("ha chiesto di ricevere ogni giorno, quando ci sono novità")
			.contains("Portale Welfare dei Comuni – ANCI Umbria");
	}

	@Test
	void theFormAndItsErrorsReadInEnglish() throws Exception {
		MvcTestResult shown = this.mvc.get().uri("/avvisi/nuovo?regione=umbria&lang=en").exchange();
		assertThat(shown).hasStatusOk();
		Document form = Jsoup.parse(shown.getResponse().getContentAsString());
		assertThat(form.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(form.selectFirst("h1").text()).isEqualTo("Alert me");
		assertThat(form.select("label").eachText()).contains("E-mail address",
				"Every day, when there is something new");
		assertThat(form.selectFirst("#alert-summary").attr("lang")).isEqualTo("it");
		assertThat(EnglishPages.italianOutsideContent(form)).isEmpty();

		MvcTestResult refused = this.mvc.post()
			.uri("/avvisi?lang=en")
			.with(csrf())
			.param("regione", "umbria")
			.param("email", " ")
			.param("frequenza", "")
			.param("sito", "")
			.exchange();
		assertThat(refused).hasStatus(422);
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.selectFirst("#email-error").text()).isEqualTo("Give the e-mail address to send the alerts to.");
		assertThat(page.selectFirst("#privacy-error").text())
			.isEqualTo("To activate the alert you must declare you have read the privacy notice.");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void anInvalidLinkReadsInEnglish() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/avvisi/disdici/00000000-0000-0000-0000-000000000000?lang=en")
			.exchange();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

}
