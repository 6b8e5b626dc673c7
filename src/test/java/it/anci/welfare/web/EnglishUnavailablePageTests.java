package it.anci.welfare.web;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 503 page is written by a filter, before the locale interceptor and without the
 * database: it takes the language from the address, the cookie or the browser.
 */
@PortalTest
class EnglishUnavailablePageTests {

	@Autowired
	UnavailablePage page;

	@Autowired
	WebApplicationContext context;

	@Test
	void theUnavailablePageFollowsTheLanguageAskedAndKeepsWhatWasTyped() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(this.context.getServletContext(), "POST",
				"/admin/notizie");
		request.setParameter("lang", "en");
		request.setParameter("title", "Testo da non perdere");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.page.render(request, response);
		assertThat(response.getStatus()).isEqualTo(503);
		Document english = Jsoup.parse(response.getContentAsString());
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("main h1").text()).isEqualTo("Service temporarily unavailable");
		assertThat(english.select("#unsaved-title").text()).isEqualTo("The change was not saved");
		assertThat(english.select("textarea").text()).isEqualTo("Testo da non perdere");
		english.select("textarea").remove();
		assertThat(EnglishPages.italianOutsideContent(english)).isEmpty();

		MockHttpServletRequest italianRequest = new MockHttpServletRequest(this.context.getServletContext(), "GET",
				"/");
		MockHttpServletResponse italian = new MockHttpServletResponse();
		this.page.render(italianRequest, italian);
		assertThat(Jsoup.parse(italian.getContentAsString()).select("main h1").text())
			.isEqualTo("Servizio temporaneamente non disponibile");
	}

}
