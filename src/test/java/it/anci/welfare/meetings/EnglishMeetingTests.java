package it.anci.welfare.meetings;

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
 * The meeting pages in the English interface ({@code ?lang=en}): the interface in
 * English, the meetings themselves in Italian and marked so.
 */
@PortalTest
class EnglishMeetingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListReadsInEnglish() throws Exception {
		Document page = page(this.mvc.get().uri("/riunioni?lang=en&organo=Nessuno").exchange());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Meetings");
		assertThat(page.select("h2").eachText()).contains("The meetings in your calendar", "Archive");
		assertThat(page.selectFirst(".alert-warning").text())
			.isEqualTo("The body “Nessuno” does not exist and has been ignored.");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void aMeetingReadsInEnglishWithEnglishDates() throws Exception {
		String slug = this.jdbc.sql("select slug from meeting where status = 'PUBLISHED' order by starts_at limit 1")
			.query(String.class)
			.single();
		Document page = page(this.mvc.get().uri("/riunioni/{s}?lang=en", slug).exchange());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("dt").eachText()).contains("Date and time", "Format");
		assertThat(page.selectFirst("dd time").text()).matches(
				"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \\d{1,2} [A-Z][a-z]+ \\d{4}, at \\d\\d:\\d\\d");
		assertThat(page.selectFirst("h1").attr("lang")).isEqualTo("it");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void theEditorsFormAndItsCrossFieldRulesReadInEnglish() throws Exception {
		Document list = page(
				this.mvc.get().uri("/admin/riunioni?lang=en").with(user("redattrice").roles("EDITOR")).exchange());
		assertThat(list.select("thead th").eachText()).containsExactly("Meeting", "Date", "Status", "Documents");
		assertThat(EnglishPages.italianOutsideContent(list)).isEmpty();
		assertThat(EnglishPages.italianOutsideContent(page(this.mvc.get()
			.uri("/admin/riunioni/organi?lang=en")
			.with(user("redattrice").roles("EDITOR"))
			.exchange()))).isEmpty();

		MvcTestResult refused = this.mvc.post()
			.uri("/admin/riunioni?lang=en")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("title", "")
			.param("kind", "IN_PRESENZA")
			.param("startsAt", "2030-06-01T10:00")
			.param("endsAt", "2030-06-01T09:00")
			.param("azione", "salva")
			.exchange();
		assertThat(refused).hasStatus(422);
		Document form = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(form.selectFirst("#title-error").text()).isEqualTo("Enter the title.");
		assertThat(form.selectFirst("#endsAt-error").text()).isEqualTo("The end must come after the start.");
		assertThat(form.selectFirst("#venue-error").text())
			.isEqualTo("For an in-person meeting give at least the venue or the town.");
		assertThat(EnglishPages.italianOutsideContent(form)).isEmpty();
	}

}
