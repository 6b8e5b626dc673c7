package it.anci.welfare.catalogue;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded card whose sources leave fields uncovered, in the English interface: the seed
 * stores {@value PracticeCard#NOT_STATED} there, which is the portal's word and not the
 * card's content, so the English page says it in English and the Italian page as before.
 */
@PortalTest
class EnglishCardTests {

	private static final String NOT_STATED_EN = "Not stated in the source";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fieldsTheSourcesDoNotCoverReadInEnglish() throws Exception {
		String slug = this.jdbc.sql("""
				select slug from published_practice where technologies = ? and partners <> ?
				order by id limit 1""")
			.params(PracticeCard.NOT_STATED, PracticeCard.NOT_STATED)
			.query(String.class)
			.single();
		Document english = page("/pratiche/" + slug + "?lang=en");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.body().text()).doesNotContain(PracticeCard.NOT_STATED);
		Element technologies = technologies(english);
		assertThat(technologies.text()).isEqualTo(NOT_STATED_EN);
		assertThat(technologies.hasAttr("lang")).isFalse();
		// a field the sources do cover stays Italian content
		assertThat(english.select("#s-partner ~ p").first().attr("lang")).isEqualTo("it");
		assertThat(EnglishPages.italianOutsideContent(english)).isEmpty();

		Document italian = page("/pratiche/" + slug);
		assertThat(technologies(italian).text()).isEqualTo(PracticeCard.NOT_STATED);
		assertThat(italian.body().text()).doesNotContain(NOT_STATED_EN);
	}

	@Test
	void everyUncoveredTextFieldOfTheSeedReadsInEnglish() throws Exception {
		String slug = this.jdbc.sql("""
				select slug from published_practice
				where ? in (technologies, partners, operators_feedback, citizens_feedback, innovation)
				order by (technologies = ?)::int + (partners = ?)::int + (operators_feedback = ?)::int
				    + (citizens_feedback = ?)::int + (innovation = ?)::int desc, id
				limit 1""")
			.params(PracticeCard.NOT_STATED, PracticeCard.NOT_STATED, PracticeCard.NOT_STATED, PracticeCard.NOT_STATED,
					PracticeCard.NOT_STATED, PracticeCard.NOT_STATED)
			.query(String.class)
			.single();
		Document english = page("/pratiche/" + slug + "?lang=en");
		assertThat(english.select("main [lang=it]").eachText()).noneMatch(t -> t.contains(PracticeCard.NOT_STATED));
		assertThat(english.select("main p, main dd").eachText()).contains(NOT_STATED_EN);
		assertThat(english.body().text()).doesNotContain(PracticeCard.NOT_STATED);
		assertThat(EnglishPages.italianOutsideContent(english)).isEmpty();
	}

	private static Element technologies(Document page) {
		return page.select("main dt:matchesOwn(^(Tecnologie utilizzate|Technologies used)$) + dd").first();
	}

	private Document page(String url) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
