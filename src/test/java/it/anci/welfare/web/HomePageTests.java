package it.anci.welfare.web;

import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.PublishedCounts;
import it.anci.welfare.support.TestPractices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class HomePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheCatalogueAtAGlanceWithLinksToTheClassifications() throws Exception {
		var result = this.mvc.get().uri("/").exchange();
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		long cards = PublishedCounts.practices(this.jdbc);
		long regions = this.jdbc.sql("select count(distinct region_code) from practice where status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(html).contains("<html lang=\"it\"")
			.contains("Vai al contenuto principale")
			.contains("Il catalogo in sintesi")
			.containsPattern(
					"<p class=\"glance-number\">" + cards + "</p>\\s*<p class=\"card-text\">pratiche nel catalogo")
			.containsPattern(
					"<p class=\"glance-number\">" + regions + "</p>\\s*<p class=\"card-text\">regioni rappresentate")
			.contains("href=\"/pratiche?tipo=NUOVO\"")
			.contains("href=\"/pratiche?tipo=RAFFORZATO\"")
			.contains("href=\"/pratiche?tipo=MISTO\"")
			.contains("Servizio esistente, rafforzato o rimodulato");
	}

	/**
	 * The home page says what the collection is: real measures from public sources, not
	 * the publication's cards.
	 */
	@Test
	void saysPlainlyWhatTheCollectionIs() throws Exception {
		String html = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(html);
		assertThat(home.select("main").text()).contains("misure sociali reali del 2020",
				"non sono le schede di quella pubblicazione");
		assertThat(home.select("main a[href=/pratiche/la-raccolta]").eachText()).contains("Come è fatta la raccolta");
		// a comune proposes its practice through the intake form (issue 13)
		assertThat(home.select("main a[href=/pratiche/proponi]").eachText())
			.contains("Segnala la pratica del tuo Comune");
		assertThat(html).doesNotContain("schede della raccolta", "Scheda di esempio", "schede di esempio");
	}

	/**
	 * On a phone "Prossime riunioni" was three screens down: it now comes right after the
	 * search box.
	 */
	@Test
	void theNextMeetingsComeRightAfterTheSearch() throws Exception {
		org.jsoup.nodes.Document home = org.jsoup.Jsoup
			.parse(this.mvc.get().uri("/").exchange().getResponse().getContentAsString());
		assertThat(home.select("main > section").eachAttr("aria-labelledby")).startsWith("home-title", "meetings-title",
				"glance-title");
	}

	@Test
	void hasTheMainSectionsAndTheAttributionsInEveryPage() throws Exception {
		String html = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		assertThat(html).contains(">Pratiche<", ">Notizie<", ">Riunioni<", ">Modelli<")
			.contains("Fonte ISTAT")
			.contains("MapSVG")
			.contains("href=\"/accessibilita\"", "href=\"/privacy\"", "href=\"/note-legali\"");
	}

	@Test
	void classificationCountsAddUpToTheTotal() throws Exception {
		String html = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		var counts = java.util.regex.Pattern
			.compile("<p class=\"glance-number\">(\\d+)</p>\\s*<p class=\"card-title h5\">")
			.matcher(html)
			.results()
			.mapToInt(m -> Integer.parseInt(m.group(1)))
			.toArray();
		assertThat(counts).hasSize(3);
		assertThat((long) java.util.Arrays.stream(counts).sum()).isEqualTo(PublishedCounts.practices(this.jdbc));
		assertThat(java.util.Arrays.stream(counts).min().orElse(0)).isPositive();
	}

	/**
	 * The overview is counted from the in-memory facet index: it must agree with the
	 * database, and follow a change.
	 */
	@Test
	void theNumbersAreThoseOfThePublishedCardsAndFollowAWithdrawal() throws Exception {
		assertThat(glance()).isEqualTo(countedInTheDatabase());
		long published = PublishedCounts.practices(this.jdbc);
		long withdrawn = this.jdbc.sql("select min(id) from practice where status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		try {
			this.jdbc.sql("update practice set status = 'DRAFT' where id = ?").param(withdrawn).update();
			assertThat(glance()).isEqualTo(countedInTheDatabase()).startsWith((published - 1) + " ");
		}
		finally {
			this.jdbc.sql("update practice set status = 'PUBLISHED' where id = ?").param(withdrawn).update();
		}
	}

	/** A card published by staff is counted at once; a draft is not. */
	@Test
	void aNewCardIsCountedAndADraftIsNot() throws Exception {
		long published = PublishedCounts.practices(this.jdbc);
		try (var card = TestPractices.card(this.jdbc).insert();
				var draft = TestPractices.card(this.jdbc).draft().insert()) {
			assertThat(glance()).isEqualTo(countedInTheDatabase()).startsWith((published + 1) + " ");
		}
		assertThat(glance()).startsWith(published + " ");
	}

	/** Cards, regions and comuni as the home page shows them. */
	private String glance() throws Exception {
		String html = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		var numbers = java.util.regex.Pattern
			.compile("<p class=\"glance-number\">(\\d+)</p>\\s*<p class=\"card-text\">")
			.matcher(html)
			.results()
			.map(m -> m.group(1))
			.toList();
		return String.join(" ", numbers);
	}

	private String countedInTheDatabase() {
		return this.jdbc.sql("""
				select concat_ws(' ', count(*), count(distinct region_code), count(distinct comune_code))
				from practice where status = 'PUBLISHED'""").query(String.class).single();
	}

}
