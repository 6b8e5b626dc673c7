package it.anci.welfare.catalogue;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The editors' catalogue pages in the English interface: the card form with its
 * validation messages, the list, the taxonomies and the ratings. Only their {@code main}
 * is checked: the staff layout around it belongs to another part of the translation.
 */
@PortalTest
class EnglishCatalogueAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theCardFormSpeaksEnglishAndSoDoItsValidationMessages() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/pratiche?lang=en")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("provenance", "FONTE_PUBBLICA")
			.param("card.title", "")
			.param("card.comune", "999999")
			.param("card.startDate", "marzo")
			.param("card.service.beneficiaries", "-4")
			.exchange();
		assertThat(result).hasStatus(422);
		Document main = main(result);
		assertThat(main.select(".invalid-feedback").eachText()).contains("Enter the title.",
				"Municipality not found: give the 6-digit ISTAT code (for example 054039 for Perugia) or the exact name.",
				"The number cannot be negative.", "Choose at least one service area.");
		assertThat(main.select("legend").eachText()).contains("Providing body", "The service", "Sources");
		assertThat(main.select("label[for=card.title]").text()).isEqualTo("Title");
		assertThat(main.select("label[for=card.startBasis]").text()).isEqualTo("The date is");
		assertThat(main.select("#card\\.startBasis option").eachText()).contains("Start date given by the source");
		// the form's summary and the terms of its choice lists come from
		// fragments/admin-forms,
		// translated elsewhere; the help texts name Italian bodies as examples: the names
		// of
		// the fields are checked here
		main.select(".code-choices label").remove();
		assertThat(EnglishPages.italianOutsideContent(Jsoup.parse(main.select("legend, label").outerHtml()))).isEmpty();
	}

	@Test
	void theListTaxonomiesAndRatingsSpeakEnglish() throws Exception {
		Document list = main(this.mvc.get()
			.uri("/admin/pratiche?stato=bozze&lang=en")
			.with(user("redattrice").roles("EDITOR"))
			.exchange());
		assertThat(list.select("h1").text()).isEqualTo("Practice cards");
		assertThat(list.select("p[role=status]").text()).matches("\\d+ draft cards, page \\d+ of \\d+");
		assertThat(EnglishPages.italianOutsideContent(list)).isEmpty();

		Document taxonomies = main(
				this.mvc.get().uri("/admin/tassonomie?lang=en").with(user("admin").roles("ADMIN")).exchange());
		assertThat(taxonomies.select("h1").text()).isEqualTo("Taxonomies of the practice cards");
		assertThat(taxonomies.select("li a").eachText()).contains("Target groups", "Funding sources");
		assertThat(EnglishPages.italianOutsideContent(taxonomies)).isEmpty();

		MvcTestResult refused = this.mvc.post()
			.uri("/admin/tassonomie/classificazione?lang=en")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("nome", "Nuova")
			.exchange();
		assertThat(main(refused).select(".alert-danger").text())
			.isEqualTo("The classifications are fixed by the publication: they can only be renamed.");

		Document ratings = main(
				this.mvc.get().uri("/admin/valutazioni?lang=en").with(user("admin").roles("ADMIN")).exchange());
		assertThat(ratings.select("h1").text()).isEqualTo("Page ratings");
		assertThat(EnglishPages.italianOutsideContent(ratings)).isEmpty();
	}

	private static Document main(MvcTestResult result) throws Exception {
		// the staff layout (fragments/admin-layout) still says lang="it": not part of
		// these pages
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		return Jsoup.parse(page.select("main").outerHtml());
	}

}
