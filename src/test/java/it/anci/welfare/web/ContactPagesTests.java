package it.anci.welfare.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility statement promised a feedback address it did not give, and the
 * privacy notice named the data controller without contact details (issue 15): the
 * configured contacts appear wherever a user is told to write.
 */
@SpringBootTest(properties = { "portal.contact-email=redazione@welfare.example.org",
		"portal.dpo-email=dpo@welfare.example.org", "portal.postal-address=Via di prova 1, 06121 Perugia" })
@AutoConfigureMockMvc
class ContactPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theConfiguredContactsAreOnEveryPageThatTellsUsersToWrite() throws Exception {
		Document accessibility = page("/accessibilita");
		assertThat(accessibility.select("#feedback + p a[href^=mailto:redazione@welfare.example.org]")).hasSize(1);
		assertThat(accessibility.select("#feedback + p").text()).contains("Via di prova 1, 06121 Perugia");
		Document privacy = page("/privacy");
		assertThat(privacy.select("a[href=mailto:dpo@welfare.example.org]")).hasSize(1);
		assertThat(privacy.text()).contains("Via di prova 1, 06121 Perugia", "redazione@welfare.example.org");
		assertThat(page("/pratiche/la-raccolta").select("#proponi ~ p a[href=mailto:redazione@welfare.example.org]"))
			.hasSize(1);
		assertThat(page("/").select("footer a[href=mailto:redazione@welfare.example.org]")).hasSize(1);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

}
