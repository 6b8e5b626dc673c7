package it.anci.welfare.catalogue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import it.anci.welfare.catalogue.search.CatalogueFilters;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.PublishedCounts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue pages and exports as a browser or a spreadsheet receives them. */
@PortalTest
class CataloguePagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	CatalogueFilters filters;

	@LocalServerPort
	int port;

	@Test
	void catalogueShowsTotalFacetCountsChipsMapAndExportLinks() throws Exception {
		String html = html("/pratiche?regione=umbria&tipo=NUOVO");
		Document page = Jsoup.parse(html);
		long expected = count("select count(*) from practice where region_code = '10' and classification = 'NUOVO'");
		assertThat(expected).isPositive();
		assertThat(page.select("#results-title > span").eachText()).startsWith(String.valueOf(expected),
				expected == 1 ? "pratica trovata" : "pratiche trovate");
		assertThat(page.select("a.chip .chip-label").eachText()).containsExactlyInAnyOrder("Regione: Umbria",
				"Tipologia di servizio: Servizio completamente nuovo");
		// the chip that removes the region keeps the other filter
		assertThat(page.select("a.chip:has(.chip-label:containsOwn(Regione: Umbria))").attr("href"))
			.isEqualTo("/pratiche?tipo=NUOVO");
		assertThat(page.select("p.exports a").eachAttr("href")).contains("/pratiche.csv?tipo=NUOVO&regione=umbria",
				"/pratiche.json?tipo=NUOVO&regione=umbria");
		assertThat(page.select("svg.italy-map")).hasSize(1);
		assertThat(page.select("details summary").eachText()).contains("Tabella dei dati della mappa");
		assertThat(page.select("main a[href=/pratiche/la-raccolta]")).isNotEmpty();
		assertThat(html).doesNotContain("esempio");
		Element nuovo = page.getElementById("f-tipo-NUOVO");
		assertThat(nuovo).isNotNull();
		assertThat(nuovo.hasAttr("checked")).isTrue();
		assertThat(page.select("label[for=f-tipo-NUOVO] span").eachText())
			.containsExactly("Servizio completamente nuovo", "(" + expected + ")");
	}

	/**
	 * The page was 166 KB (issue 16): every facet value as an indented check box, the 107
	 * provinces, the map's 48 KB of outlines. It stays at most 80 KB, and every value
	 * with results is still offered: a check box, or for the provinces of the regions not
	 * chosen an option of the province menu, with its count.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/pratiche", "/pratiche?regione=umbria&regione=lazio", "/pratiche?q=anziani&provincia=PG",
			"/pratiche?area=OS4&pagina=3" })
	void theCataloguePageIsSmallAndStillOffersEveryFilterValue(String path) throws Exception {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentAsByteArray().length).as(path).isLessThanOrEqualTo(80 * 1024);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
		CataloguePage expected = this.catalogue.search(this.filters
			.parse(org.springframework.web.util.UriComponentsBuilder.fromUriString(path).build().getQueryParams()));
		int offered = 0;
		for (Facet facet : expected.facets()) {
			String name = facet.filter().parameter();
			if (facet.values().size() == 1 && !facet.active()) { // one value for every
																	// card: nothing to
																	// choose
				assertThat(page.select("#facet-" + name)).isEmpty();
				continue;
			}
			for (Facet.Value value : facet.shown()) {
				String count = "(" + value.count() + ")";
				var box = page.select("#facet-" + name + " input[type=checkbox][name=" + name + "][value='"
						+ value.option().value() + "']");
				var option = page.select(
						"#facet-" + name + " select[name=" + name + "] option[value='" + value.option().value() + "']");
				assertThat(box.size() + option.size()).as("%s=%s on %s", name, value.option().value(), path)
					.isEqualTo(1);
				String shown = box.isEmpty() ? option.text() : page.select("label[for=" + box.attr("id") + "]").text();
				assertThat(shown).as("%s=%s on %s", name, value.option().value(), path).endsWith(count);
				assertThat(box.hasAttr("checked") || option.hasAttr("selected"))
					.isEqualTo(value.selected() && !box.isEmpty());
				offered++;
			}
		}
		assertThat(offered).isGreaterThan(20);
		if (path.equals("/pratiche")) { // every province of a published card, counted
										// apart from the index
			assertThat(page.select("#facet-provincia select option[value!='']").eachAttr("value"))
				.containsExactlyInAnyOrderElementsOf(this.jdbc
					.sql("select distinct pr.car_plate from practice p "
							+ "join province pr on pr.code = p.province_code where p.status = 'PUBLISHED'")
					.query(String.class)
					.list());
		}
		// the map draws each region from the one cached file, where each region has its
		// outline
		var regions = page.select("svg.italy-map a use");
		assertThat(regions).hasSize(20);
		String file = regions.first().attr("href").replaceAll("#.*", "");
		assertThat(file).matches("/assets/img/italy-regions-[0-9a-f]{32}\\.svg");
		String svg = this.mvc.get().uri(file).exchange().getResponse().getContentAsString();
		assertThat(regions.eachAttr("href")).allSatisfy(href -> {
			assertThat(href).startsWith(file + "#");
			assertThat(svg).contains("id=\"" + href.substring(href.indexOf('#') + 1) + "\"");
		});
	}

	/**
	 * Page 1 has no previous page: that arrow is not a link (it had href=""), nor is the
	 * last page's next arrow.
	 */
	@Test
	void paginationLinksOnlyToPagesThatExist() throws Exception {
		org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(html("/pratiche"));
		assertThat(first.select("nav.pagination-wrapper a[href='']")).isEmpty();
		assertThat(first.select("nav.pagination-wrapper a:contains(Pagina precedente)")).isEmpty();
		assertThat(first.select("nav.pagination-wrapper a:contains(Pagina successiva)").attr("href"))
			.isEqualTo("/pratiche?pagina=2");
		assertThat(first.select("nav.pagination-wrapper a[aria-current=page]").text()).isEqualTo("1");
		long pages = PublishedCounts.pages(PublishedCounts.practices(this.jdbc), 20);
		org.jsoup.nodes.Document last = org.jsoup.Jsoup.parse(html("/pratiche?pagina=" + pages));
		assertThat(last.select("nav.pagination-wrapper a[aria-current=page]").text()).isEqualTo(String.valueOf(pages));
		assertThat(last.select("nav.pagination-wrapper a:contains(Pagina successiva)")).isEmpty();
		assertThat(last.select("nav.pagination-wrapper a:contains(Pagina precedente)").attr("href"))
			.isEqualTo("/pratiche?pagina=" + (pages - 1));
	}

	/**
	 * "perugia", the search box's own example, found 1 card of those in its province
	 * (issue 15).
	 */
	@Test
	void aPlaceNameFindsTheCardsOfThatPlaceAndOffersItsFilter() throws Exception {
		long inProvince = count("select count(*) from practice p join province pr on pr.code = p.province_code "
				+ "where p.status = 'PUBLISHED' and pr.name = 'Perugia'");
		assertThat(inProvince).isGreaterThan(5);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html("/pratiche?q=perugia"));
		assertThat(page.select("#results-title span").first().text()).isEqualTo(String.valueOf(inProvince));
		assertThat(page.select("p.place-suggestions a").eachAttr("href")).contains("/pratiche?provincia=PG",
				"/comuni/054039");
		assertThat(page.select("p.place-suggestions a").eachText()).contains("Provincia di Perugia",
				"Comune di Perugia (PG)");
	}

	/**
	 * A place name is not stemmed into other words: Montone (PG) found every card of a
	 * "Monte".
	 */
	@Test
	void aPlaceNameIsNotMergedWithSimilarWords() throws Exception {
		assertThat(
				count("select count(*) from practice where search_vector @@ to_tsquery('italian_unaccent', 'monte')"))
			.isPositive();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html("/pratiche?q=montone"));
		assertThat(page.select("article.practice-item h3").eachText())
			.noneMatch(title -> title.toLowerCase().contains("monte"));
		assertThat(page.select("p.place-suggestions a").eachText()).containsExactly("Comune di Montone (PG)");
	}

	@Test
	void aMisspelledWordGetsAForseCercaviFromTheCataloguesOwnWords() throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html("/pratiche?q=anzaini"));
		assertThat(page.select("#results-title span").first().text()).isEqualTo("0");
		assertThat(page.select("p.did-you-mean a").attr("href")).isEqualTo("/pratiche?q=anziani");
		long anziani = this.catalogueTotal("anziani");
		assertThat(page.select("p.did-you-mean span").text()).isEqualTo("(" + anziani + " pratiche)");
		// a word that matches nothing like the catalogue's words gets no suggestion
		assertThat(org.jsoup.Jsoup.parse(html("/pratiche?q=xqzwv")).select("p.did-you-mean")).isEmpty();
	}

	private long catalogueTotal(String text) throws Exception {
		return Long
			.parseLong(org.jsoup.Jsoup.parse(html("/pratiche?q=" + text)).select("#results-title span").first().text());
	}

	@Test
	void textSearchIsHighlightedOnThePage() throws Exception {
		Document page = Jsoup.parse(html("/pratiche?q=anziani"));
		// the word and its Italian forms (anziano, anziane…) are marked, nothing else
		assertThat(page.select("article.practice-item mark").eachText()).contains("anziani")
			.allMatch(word -> word.toLowerCase(java.util.Locale.ROOT).startsWith("anzian"));
		assertThat(page.select("a.chip .chip-label").eachText()).containsExactly("Testo: anziani");
	}

	@Test
	void unknownFilterValueIsIgnoredAndSaidOnThePage() throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html("/pratiche?regione=atlantide"));
		assertThat(page.select("main").text())
			.contains("Il valore «atlantide» non esiste per il filtro «Regione» ed è stato ignorato.");
		assertThat(page.select("#results-title span").first().text())
			.isEqualTo(String.valueOf(PublishedCounts.practices(this.jdbc)));
	}

	@Test
	void emptyResultSuggestsFiltersToRemove() throws Exception {
		assertThat(html("/pratiche?regione=valle-d-aosta&dimensione=oltre-100000")).contains("Nessuna pratica trovata")
			.contains("Rimuova il filtro «Dimensione del Comune»")
			.contains("Rimuova il filtro «Regione»");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/pratiche?q=%22anziani%22+%26+%7C+%21+(+)+%3A*", "/pratiche?q=%F0%9F%98%80%F0%9F%91%B5",
			"/pratiche?q=%00%01anziani", "/pratiche?q=%C3%28", "/pratiche?q=%FF%FE",
			"/pratiche?ordina=%27%3B+drop+table", "/pratiche?regione=%27+or+1%3D1--", "/pratiche?pagina=99999999999999",
			"/pratiche?q=-anziani+OR+", "/pratiche.csv?q=%22%27%28", "/pratiche.json?pagina=abc&q=%E2%80%AE" })
	void anyInputIsSafe(String url) {
		int status = Http.get(this.port, url, "text/html,application/json,text/csv,*/*").statusCode();
		assertThat(status).as(url).isIn(200, 400);
	}

	@Test
	void aVeryLongTextIsSafe() {
		var response = Http.get(this.port, "/pratiche?q=" + "anziani+".repeat(700));
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void aPageThatIsNotANumberGetsThe400PageWithAMessage() {
		var response = Http.get(this.port, "/pratiche?pagina=abc");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Il numero di pagina «abc» non è valido");
	}

	@Test
	void cardPageShowsEveryPartOfTheCard() throws Exception {
		String slug = this.jdbc.sql("select slug from practice where provenance = 'FONTE_PUBBLICA' order by id limit 1")
			.query(String.class)
			.single();
		String html = html("/pratiche/" + slug);
		Document page = Jsoup.parse(html);
		assertThat(page.select("main h2, main h3").eachText()).contains("Ente erogatore", "Classificazione",
				"Aree di servizio", "Aree di utenza", "Il servizio attivato", "Comunicazione e strumenti",
				"Riscontri degli operatori", "Riscontri della cittadinanza", "Prosecuzione dopo l'emergenza",
				"Partner e reti attivate", "Contatti", "Fonte della scheda", "Pratiche simili");
		assertThat(page.select("main .badge").eachText()).contains("Documentata da fonti pubbliche");
		assertThat(page.select("main dt").eachText()).contains("Dati quantitativi");
		assertThat(page.select("main").text()).contains("portata innovativa sono una valutazione della redazione");
		assertThat(page.select("nav.breadcrumb-container [aria-current=page]")).hasSize(1);
		assertThat(page.select("[data-compare-add]").attr("data-compare-add")).isEqualTo(slug);
		assertThat(page.select("link[rel=stylesheet][media=print]").attr("href")).contains("/css/print");
		assertThat(html).doesNotContain("esempio");
		List<String> sourceUrls = this.jdbc.sql("""
				select s.url from practice_source s join practice p on p.id = s.practice_id where p.slug = ?
				order by s.position""").param(slug).query(String.class).list();
		assertThat(page.select("ul.practice-sources a").eachAttr("href")).isEqualTo(sourceUrls);
		assertThat(page.select("main a[href^=/pratiche?area=]").eachAttr("href")).isNotEmpty()
			.allMatch(href -> href.matches("/pratiche\\?area=OS\\d+"));
	}

	@Test
	void sourcesShowTheirKindAndCivicReportsTheirLicence() throws Exception {
		String civic = this.jdbc.sql("""
				select p.slug from practice p where status = 'PUBLISHED'
				and exists (select 1 from practice_source s where s.practice_id = p.id and s.kind = 'SEGNALAZIONE')
				order by p.id limit 1""").query(String.class).single();
		assertThat(html("/pratiche/" + civic)).contains("(Segnalazione civica)", "Covid19Italia.help",
				"https://creativecommons.org/licenses/by/4.0/deed.it", "il testo della scheda è riformulato");
		String press = this.jdbc.sql("""
				select p.slug from practice p where status = 'PUBLISHED'
				and not exists (select 1 from practice_source s where s.practice_id = p.id and s.kind = 'SEGNALAZIONE')
				and exists (select 1 from practice_source s where s.practice_id = p.id and s.kind = 'STAMPA')
				order by p.id limit 1""").query(String.class).single();
		assertThat(html("/pratiche/" + press)).contains("(Stampa locale)")
			.doesNotContain("il testo della scheda è riformulato");
	}

	/**
	 * A start known only to the month or the year is shown as such on the card, in the
	 * list and in the exports.
	 */
	@Test
	void startDatesKeepTheirPrecisionEverywhere() throws Exception {
		record Card(String slug, String title, String month) {
		}
		Card month = this.jdbc.sql("""
				select slug, title, to_char(start_date, 'YYYY-MM') from practice
				where status = 'PUBLISHED' and start_precision = 'MONTH' order by id limit 1""")
			.query((rs, n) -> new Card(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single();
		String label = new StartDate(java.time.LocalDate.parse(month.month() + "-01"), DatePrecision.MONTH,
				StartBasis.AVVIO)
			.label();
		assertThat(label).matches("[a-z]+ 2020");
		Document monthCard = Jsoup.parse(html("/pratiche/" + month.slug()));
		assertThat(monthCard.select("main dd > time[datetime=" + month.month() + "]").text()).isEqualTo(label);
		assertThat(monthCard.select("main").text()).doesNotContain("1 " + label);
		String year = this.jdbc.sql(
				"select slug from practice where status = 'PUBLISHED' and start_precision = 'YEAR' order by id limit 1")
			.query(String.class)
			.single();
		Document yearCard = Jsoup.parse(html("/pratiche/" + year));
		assertThat(yearCard.select("main dd > time[datetime=2020]").text()).isEqualTo("2020");
		assertThat(yearCard.select("main").text()).doesNotContain("1 gennaio 2020");
		Document list = Jsoup.parse(this.mvc.get()
			.uri("/pratiche?q={q}", month.title())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(list.select("article.practice-item:has(a[href=/pratiche/" + month.slug() + "]) time")
			.eachAttr("datetime")).contains(month.month());

		var csv = parse(Http.get(this.port, "/pratiche.csv", "text/csv").body().substring(1));
		var json = new tools.jackson.databind.ObjectMapper()
			.readTree(Http.get(this.port, "/pratiche.json", "application/json").body());
		assertThat(csv.stream()
			.filter(r -> r.get("slug").equals(month.slug()))
			.findFirst()
			.orElseThrow()
			.get("data_avvio")).isEqualTo(month.month());
		assertThat(csv.stream().filter(r -> r.get("slug").equals(year)).findFirst().orElseThrow().get("data_avvio"))
			.isEqualTo("2020");
		List<String> jsonDates = new java.util.ArrayList<>();
		json.forEach(card -> {
			if (card.get("slug").asString().equals(year)) {
				jsonDates.add(card.get("startDate").asString());
			}
		});
		assertThat(jsonDates).containsExactly("2020");
		assertThat(csv).allSatisfy(r -> assertThat(r.get("data_avvio")).matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
		assertThat(csv).allSatisfy(r -> assertThat(r.get("riferimento_data_avvio")).isIn("avvio", "fonte"));
	}

	@Test
	void theCollectionPageSaysWhatTheCardsAreAndHowToSendOne() throws Exception {
		assertThat(html("/pratiche/la-raccolta")).contains("Come è fatta la raccolta delle pratiche",
				"non ne riproduce le schede", "Non indicato nella fonte", "CC BY 4.0", "id=\"proponi\"",
				count("select count(*) from practice where status = 'PUBLISHED'") + " misure sociali reali del 2020");
	}

	@Test
	void unknownSlugCodeOrRegionGetsThe404Page() {
		for (String url : List.of("/pratiche/non-esiste", "/comuni/999999", "/comuni/abc", "/regioni/atlantide")) {
			var response = Http.get(this.port, url);
			assertThat(response.statusCode()).as(url).isEqualTo(404);
			assertThat(response.body()).contains("Pagina non trovata");
		}
	}

	@Test
	void comparisonShowsTheCardsSideBySideByUrl() throws Exception {
		List<String> slugs = this.jdbc.sql("select slug from practice order by id limit 3").query(String.class).list();
		Document page = Jsoup.parse(html("/pratiche/confronta?id=" + String.join("&id=", slugs)));
		assertThat(page.select("main h1").text()).isEqualTo("Confronto tra pratiche");
		assertThat(page.select("th[scope=col] a").eachAttr("href"))
			.containsExactlyElementsOf(slugs.stream().map(slug -> "/pratiche/" + slug).toList());
		assertThat(page.select("th[scope=col]")).hasSize(1 + 3);
		assertThat(page.select("th[scope=row]").eachText()).contains("Riscontri della cittadinanza", "Aree di utenza")
			.anyMatch(label -> label.startsWith("Prosecuzione"));
		assertThat(page.select("tr:has(th[scope=row]) td")).hasSize(3 * page.select("th[scope=row]").size());
	}

	@Test
	void comparisonNeedsTwoToFourCards() {
		List<String> slugs = this.jdbc.sql("select slug from practice order by id limit 5").query(String.class).list();
		var one = Http.get(this.port, "/pratiche/confronta?id=" + slugs.get(0));
		assertThat(one.statusCode()).isEqualTo(400);
		assertThat(one.body()).contains("Per un confronto servono almeno due pratiche");
		var five = Http.get(this.port, "/pratiche/confronta?id=" + String.join("&id=", slugs));
		assertThat(five.statusCode()).isEqualTo(400);
		assertThat(five.body()).contains("al massimo 4 pratiche");
	}

	@Test
	void comunePageShowsTheComuneAndItsPractices() throws Exception {
		var practice = this.jdbc.sql("select comune_code, title from practice order by id limit 1").query().singleRow();
		String html = html("/comuni/" + practice.get("comune_code"));
		assertThat(html).contains("Codice ISTAT", "Popolazione legale 2011", "Classe di dimensione", "Fonte ISTAT")
			.contains(escaped((String) practice.get("title")));
		assertThat(html("/comuni/054039")).contains("Comune di Perugia", "162.449 abitanti", "oltre 100.000 abitanti");
		// the path goes region → province → comune, and the province leads to its cards
		// (issue 15)
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html("/comuni/054039"));
		assertThat(page.select("nav.breadcrumb-container li").eachText()).containsExactly("Home/", "Umbria/",
				"Provincia di Perugia/", "Perugia");
		assertThat(page.select("nav.breadcrumb-container a:contains(Provincia di Perugia)").attr("href"))
			.isEqualTo("/pratiche?provincia=PG");
	}

	@Test
	void regionPageShowsPracticesByClassificationAndProvincesWithCounts() throws Exception {
		Document page = Jsoup.parse(html("/regioni/umbria"));
		long umbria = PublishedCounts.practicesWhere(this.jdbc, "region_code = '10'");
		assertThat(page.select("main h1").text()).isEqualTo("Umbria");
		assertThat(page.select("main p.lead > span").first().text()).isEqualTo(String.valueOf(umbria));
		assertThat(page.select("main h2").eachText()).contains("Province e città metropolitane");
		assertThat(page.select("main aside tbody th[scope=row]").eachText()).containsExactlyInAnyOrder("Perugia",
				"Terni");
		assertThat(page.select("main aside a[href=/pratiche?regione=umbria&provincia=PG]").text()).isEqualTo("Perugia");
		assertThat(page.select("main aside tr:has(a[href$=provincia=PG]) td").text())
			.isEqualTo(String.valueOf(PublishedCounts.practicesWhere(this.jdbc, "province_code = '054'")));
	}

	/**
	 * A populous region lists the first ten cards of each classification by title and
	 * links to all of them.
	 */
	@Test
	void regionPageListsTheFirstCardsOfEachClassificationWithTheirTotal() throws Exception {
		String html = html("/regioni/lombardia");
		for (String code : List.of("NUOVO", "RAFFORZATO", "MISTO")) {
			List<String> titles = this.jdbc.sql("""
					select title from practice where status = 'PUBLISHED' and region_code = '03' and classification = ?
					order by title collate "it-x-icu", id""").param(code).query(String.class).list();
			if (titles.isEmpty()) {
				continue;
			}
			assertThat(html).contains("(" + titles.size() + ")");
			titles.stream().limit(10).forEach(title -> assertThat(html).contains(escaped(title)));
			titles.stream().skip(10).forEach(title -> assertThat(html).doesNotContain(escaped(title)));
			if (titles.size() > 10) {
				assertThat(html).contains("Vedi tutte le " + titles.size() + " pratiche");
			}
		}
	}

	@Test
	void csvExportHasEveryFilteredCardAndSurvivesACsvParser() {
		var response = Http.get(this.port, "/pratiche.csv?regione=lombardia&regione=lazio", "text/csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains("attachment")
				.contains("filename=\"pratiche-lombardia-lazio-"
						+ java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")) + ".csv\""));
		String body = response.body();
		assertThat(body).startsWith("\uFEFF");
		List<CSVRecord> rows = parse(body.substring(1));
		Set<String> expected = new HashSet<>(
				this.jdbc.sql("select slug from practice where region_code in ('03', '12')")
					.query(String.class)
					.list());
		assertThat(rows).hasSize(expected.size());
		assertThat(rows.stream().map(r -> r.get("slug")).toList()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(rows).allSatisfy(r -> assertThat(r.get("regione")).isIn("Lombardia", "Lazio"));
		CSVRecord first = rows.get(0);
		String description = this.jdbc.sql("select description from practice where slug = ?")
			.param(first.get("slug"))
			.query(String.class)
			.single();
		assertThat(first.get("descrizione")).isEqualTo(description.strip());
		assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1000);
	}

	/**
	 * Excel export of any search: every card, codes as text cells so that "054039" keeps
	 * its zero (issue 15), counts as numbers, a bold header that stays in view.
	 */
	@Test
	void xlsxExportHasEveryFilteredCardWithCodesAsText() throws Exception {
		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/pratiche.xlsx?regione=umbria"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains("pratiche-umbria-").contains(".xlsx"));
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(response.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("codice_istat");
			assertThat(sheet.getLastRowNum()).isEqualTo(
					(int) count("select count(*) from practice where region_code = '10' and status = 'PUBLISHED'"));
			var code = sheet.getRow(1).getCell(6);
			assertThat(code.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(code.getStringCellValue()).startsWith("05").hasSize(6);
			assertThat(sheet.getRow(1).getCell(26).getStringCellValue()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
			var header = sheet.getRow(0);
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold())
				.isFalse();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
		}
		// the counts, over the whole catalogue (which has some)
		var all = Http.download(this.port, "/pratiche.xlsx");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(all.body()))) {
			var sheet = workbook.getSheetAt(0);
			int column = 0;
			while (!sheet.getRow(0).getCell(column).getStringCellValue().equals("beneficiari")) {
				column++;
			}
			List<Double> counts = new java.util.ArrayList<>();
			for (var row : sheet) {
				var cell = row.getCell(column);
				if (row.getRowNum() > 0 && cell != null) {
					assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
					counts.add(cell.getNumericCellValue());
				}
			}
			assertThat(counts)
				.hasSize((int) count(
						"select count(*) from practice where status = 'PUBLISHED' and beneficiaries is not null"))
				.isNotEmpty();
		}
	}

	/**
	 * The file name says what the export holds (issue 15): text, chosen values and the
	 * day.
	 */
	@Test
	void exportNamesSayWhatTheyHold() {
		var response = Http.get(this.port, "/pratiche.json?q=buoni+spesa&regione=umbria&utenza=ELD",
				"application/json");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains("pratiche-buoni-spesa-anziani-umbria-"
					+ java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")) + ".json"));
	}

	@Test
	void csvCellsThatLookLikeFormulasAreNeutralised() {
		assertThat(CatalogueExports.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(CatalogueExports.cell("+39 055")).isEqualTo("'+39 055");
		assertThat(CatalogueExports.cell("-1")).isEqualTo("'-1");
		assertThat(CatalogueExports.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CatalogueExports.cell("Comune di Bari")).isEqualTo("Comune di Bari");
		assertThat(CatalogueExports.cell(null)).isEmpty();
	}

	@Test
	void jsonExportHasTheDocumentedFieldsForEveryFilteredCard() throws Exception {
		var response = Http.get(this.port, "/pratiche.json?tipo=MISTO&q=anziani", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		var json = new tools.jackson.databind.ObjectMapper().readTree(response.body());
		long expected = count("select count(*) from practice where classification = 'MISTO' "
				+ "and search_vector @@ to_tsquery('italian_unaccent', '(anziani | anziano | anziana | anziane)')");
		assertThat(json.size()).isEqualTo((int) expected).isPositive();
		var card = json.get(0);
		List<String> fields = new java.util.ArrayList<>();
		card.propertyNames().forEach(fields::add);
		assertThat(fields).containsExactly("slug", "url", "title", "provenance", "providerType", "providerName",
				"comuneIstatCode", "comune", "province", "provinceCode", "region", "sizeClass", "classification",
				"serviceAreas", "targetGroups", "interventions", "channels", "channelsNote", "tools", "toolsNote",
				"funding", "description", "keyFigures", "partners", "operatorsCount", "technologies", "startDate",
				"startBasis", "beneficiaries", "operatorsFeedback", "citizensFeedback", "innovation", "continuation",
				"continuationNote", "contactOffice", "contactEmail", "contactPhone", "contactUrl", "sources",
				"currentState", "lastUpdate");
		assertThat(card.get("classification").asString()).isEqualTo("Servizio misto");
		assertThat(card.get("url").asString()).startsWith("http://localhost:" + this.port + "/pratiche/");
	}

	private String html(String url) throws Exception {
		var result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	/** Text as Thymeleaf writes it in HTML. */
	private static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static List<CSVRecord> parse(String csv) {
		try {
			return CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(csv))
				.getRecords();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
