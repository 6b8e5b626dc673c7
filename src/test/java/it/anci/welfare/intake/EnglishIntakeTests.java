package it.anci.welfare.intake;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The pages of proposals and of messages about a card in the English interface
 * ({@code ?lang=en}), and the editors' list of proposals.
 */
@PortalTest
class EnglishIntakeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theContactFormAndItsErrorsReadInEnglish() throws Exception {
		// a card with an office to write to (else the form is not offered); put back as
		// it was
		var card = this.jdbc
			.sql("select slug, contact_email from practice where status = 'PUBLISHED' order by id limit 1")
			.query()
			.singleRow();
		String slug = (String) card.get("slug");
		this.jdbc.sql("update practice set contact_email = 'servizi.sociali@comune.example.it' where slug = ?")
			.param(slug)
			.update();
		try {
			contactFormInEnglish(slug);
		}
		finally {
			this.jdbc.sql("update practice set contact_email = ? where slug = ?")
				.params(card.get("contact_email"), slug)
				.update();
		}
	}

	private void contactFormInEnglish(String slug) throws Exception {
		MvcTestResult shown = this.mvc.get().uri("/pratiche/{s}/contatta?lang=en", slug).exchange();
		assertThat(shown).hasStatusOk();
		Document form = Jsoup.parse(shown.getResponse().getContentAsString());
		assertThat(form.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(form.selectFirst("h1").text()).isEqualTo("Contact whoever made it");
		assertThat(EnglishPages.italianOutsideContent(form)).isEmpty();

		MvcTestResult refused = this.mvc.post()
			.uri("/pratiche/{s}/contatta?lang=en", slug)
			.with(csrf())
			.param("name", "")
			.param("email", "non-un-indirizzo")
			.param("text", "")
			.param("sito", "")
			.exchange();
		assertThat(refused).hasStatus(422);
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.selectFirst("#name-error").text()).isEqualTo("Give your full name.");
		assertThat(page.selectFirst("#email-error").text())
			.isEqualTo("Give a valid e-mail address, for example office@comune.it.");
		assertThat(page.selectFirst("#privacy-error").text())
			.isEqualTo("To send the message read the privacy notice and tick the box.");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void anInvalidLinkReadsInEnglish() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/proposte/conferma/00000000-0000-0000-0000-000000000000?lang=en")
			.exchange();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isIn("Invalid link", "The confirmation link has expired");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void theProposalFormSpeaksEnglishAroundTheCardFields() throws Exception {
		MvcTestResult shown = this.mvc.get().uri("/pratiche/proponi?lang=en").exchange();
		assertThat(shown).hasStatusOk();
		Document form = Jsoup.parse(shown.getResponse().getContentAsString());
		assertThat(form.selectFirst("h1").text()).isEqualTo("Propose a practice");
		assertThat(form.selectFirst("legend.h5").text()).isNotBlank();
		assertThat(form.select("#proposal-submit").text()).isEqualTo("Send the proposal");
		assertThat(form.select(".callout-title").eachText()).contains("How it works");
		assertThat(form.selectFirst("#privacy-help").text())
			.startsWith("We keep the proposal and the sender's details to check it");
	}

	@Test
	void theEditorsListOfProposalsReadsInEnglish() throws Exception {
		Document list = Jsoup.parse(this.mvc.get()
			.uri("/admin/pratiche/proposte?stato=tutte&lang=en")
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(list.selectFirst("h1").text()).isEqualTo("Proposals from municipalities");
		assertThat(list.select(".nav-tabs a").eachText()).anyMatch(t -> t.startsWith("To be moderated ("));
		assertThat(EnglishPages.italianOutsideContent(list)).isEmpty();
	}

}
