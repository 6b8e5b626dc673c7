package it.anci.welfare.accounts;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static it.anci.welfare.support.EnglishPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The sign-in page and the staff area's own pages (dashboard, accounts, password,
 * activity log) in the English interface.
 */
@PortalTest
class EnglishStaffPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theSignInPageReadsInEnglish() throws Exception {
		Document page = page(this.mvc.get().uri("/login?lang=en&errore").exchange());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Staff sign-in");
		assertThat(page.selectFirst(".alert-danger").text()).startsWith("Wrong username or password");
		assertThat(page.selectFirst("button[type=submit].btn-primary").text()).isEqualTo("Sign in");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void theStaffPagesReadInEnglish() throws Exception {
		for (String path : new String[] { "/admin", "/admin/utenti", "/admin/password", "/admin/registro" }) {
			Document page = page(
					this.mvc.get().uri(path + "?lang=en").with(user("amministratrice").roles("ADMIN")).exchange());
			assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
			assertThat(page.selectFirst(".it-brand-title").text()).as(path).isEqualTo("Staff area");
			// the catalogue's own to-do items are translated with the catalogue
			page.select(".staff-work a[href^=/admin/pratiche?], .staff-work a[href^=/admin/pratiche/aggiornamenti]")
				.remove();
			assertThat(EnglishPages.italianOutsideContent(page)).as(path).isEmpty();
		}
		Document users = page(
				this.mvc.get().uri("/admin/utenti?lang=en").with(user("amministratrice").roles("ADMIN")).exchange());
		assertThat(users.select("#role option").eachText()).containsExactly("Administrator", "Editor");
		Document home = page(
				this.mvc.get().uri("/admin?lang=en").with(user("amministratrice").roles("ADMIN")).exchange());
		assertThat(home.select(".staff-work span:not(.glance-number)").eachText()).contains("Draft news items",
				"Draft meetings", "Draft templates", "Proposals from municipalities to moderate");
		Document audit = page(
				this.mvc.get().uri("/admin/registro?lang=en").with(user("amministratrice").roles("ADMIN")).exchange());
		assertThat(audit.selectFirst("p[role=status]").text()).matches("\\d+ operations?, page \\d+ of \\d+");
	}

	@Test
	void thePasswordRulesReadInEnglish() throws Exception {
		MvcTestResult refused = this.mvc.post()
			.uri("/admin/password?lang=en")
			.with(user("amministratrice").roles("ADMIN"))
			.with(csrf())
			.param("currentPassword", "")
			.param("newPassword", "nuova-password-lunga")
			.param("confirmation", "un'altra")
			.exchange();
		assertThat(refused).hasStatus(422);
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.selectFirst("#currentPassword-error").text()).isEqualTo("Enter your current password.");
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();

		MvcTestResult tooShort = this.mvc.post()
			.uri("/admin/utenti?lang=en")
			.with(user("amministratrice").roles("ADMIN"))
			.with(csrf())
			.param("username", "nuovo.account")
			.param("displayName", "Nuovo Account")
			.param("role", "EDITOR")
			.param("password", "corta")
			.exchange();
		assertThat(tooShort).hasStatus(422);
		assertThat(Jsoup.parse(tooShort.getResponse().getContentAsString()).select(".invalid-feedback").eachText())
			.contains("The password must have at least 12 characters.");
	}

}
