package it.anci.welfare.news;

import java.io.StringReader;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import it.anci.welfare.common.RichText;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.PublishedCounts;
import it.anci.welfare.support.TestNews;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every news item of the seed pages, the list with its filters, the feeds and the
 * sanitized bodies.
 */
@PortalTest
class NewsPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everySeedNewsItemIsPublishedWithItsTitleDateAndText() {
		Document list = page("/notizie");
		assertThat(list.select("main p[role=status] strong").text())
			.isEqualTo(String.valueOf(PublishedCounts.news(this.jdbc)));
		assertThat(list.select("main p[role=status] span").first().text()).isEqualTo("notizie");
		Document collection = page("/notizie/servizi-sociali-al-tempo-del-coronavirus-raccolta-di-pratiche");
		assertThat(collection.select("main h1").text())
			.isEqualTo("Servizi sociali al tempo del Coronavirus: una raccolta di pratiche dai Comuni");
		assertThat(collection.select("main time").text()).isEqualTo("7 luglio 2020");
		Elements body = collection.select("main");
		assertThat(body.text()).contains("227 di queste sono confluite", "Bergamo e di Bari", "Nota della redazione");
		assertThat(body.select("a").eachAttr("href")).contains("/pratiche", "/pratiche/la-raccolta");
		// the publication's title is not a link to the catalogue, which does not hold the
		// publication's cards
		assertThat(body.select("a[href=/pratiche]").eachText())
			.doesNotContain("I Servizi sociali al tempo del Coronavirus");
		Document convocation = page("/notizie/convocazione-incontro-welfare-comuni-capofila-5-febbraio-2020");
		assertThat(convocation.select("main").text()).contains("5 febbraio 2020", "Sala Falcone Borsellino",
				"Piazza Italia 11", "Linee guida tutela dei minori", "Case popolari");
		assertThat(convocation.select("main a").eachAttr("href"))
			.contains("/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020");
		Document food = page("/notizie/misure-urgenti-di-solidarieta-alimentare-tracce-per-i-comuni");
		assertThat(food.select("main").text()).contains("Ordinanza", "658");
		assertThat(food.select("main a").eachAttr("href"))
			.contains("/modelli/atto-di-indirizzo-giunta-solidarieta-alimentare");
		for (String slug : List.of("progetto-wifi-conclusione-percorso-integrazione-innovazione-cittadini-paesi-terzi",
				"dl-rilancio-nota-di-lettura-misure-sociali-e-sociosanitarie",
				"convocazione-consulta-politiche-di-coesione-sociale-e-welfare-23-gennaio-2020",
				"unicef-manifesto-dei-sindaci-citta-amiche-dei-bambini-e-degli-adolescenti",
				"seminario-gioco-dazzardo-patologico-una-sfida-comune-18-marzo-2019",
				"rilevazione-attivita-cooperazione-allo-sviluppo-comuni-2020")) {
			var page = Http.get(this.port, "/notizie/" + slug);
			assertThat(page.statusCode()).as(slug).isEqualTo(200);
			assertThat(page.body()).as(slug).doesNotContain("href=\"#\"");
		}
		assertThat(page("/notizie/seminario-gioco-dazzardo-patologico-una-sfida-comune-18-marzo-2019")
			.select("main .news-body")
			.text()).contains("Villa Umbra", "9.00");
	}

	@Test
	void listIsNewestFirstAndFilters() {
		assertThat(titles("/notizie")).isEqualTo(this.jdbc.sql("""
				select title from news where status = 'PUBLISHED' and published_at <= now()
				order by published_at desc, id desc limit 10""").query(String.class).list());
		Document notices = page("/notizie?tipo=avviso");
		assertThat(total(notices)).isEqualTo(PublishedCounts.newsWhere(this.jdbc, "type = 'AVVISO'")).isPositive();
		assertThat(notices.select("article.news-item .badge.bg-primary").eachText()).containsOnly("Avviso");
		assertThat(titles(notices)).noneMatch(title -> title.contains("Progetto WIFI"));
		assertThat(total(page("/notizie?anno=2019")))
			.isEqualTo(PublishedCounts.newsWhere(this.jdbc,
					"extract(year from published_at at time zone 'Europe/Rome') = 2019"))
			.isPositive();
		assertThat(titles("/notizie?argomento=Covid-19")).anyMatch(title -> title.contains("raccolta di pratiche"));
		assertThat(titles("/notizie?q=gioco+azzardo")).singleElement()
			.asString()
			.contains("Gioco d'azzardo patologico");
		assertThat(page("/notizie?tipo=sconosciuto").select("main .alert-warning").text())
			.contains("Il tipo «sconosciuto» non esiste");
		assertThat(Http.get(this.port, "/notizie?pagina=abc").statusCode()).isEqualTo(400);
		assertThat(Http.get(this.port, "/notizie/non-esiste").statusCode()).isEqualTo(404);
	}

	@Test
	void feedsParseAndListTheNewestItemsFirst() throws Exception {
		for (String feed : List.of("/notizie/feed.rss", "/notizie/feed.atom")) {
			var response = Http.get(this.port, feed, "*/*");
			assertThat(response.statusCode()).isEqualTo(200);
			SyndFeed parsed = new SyndFeedInput().build(new StringReader(response.body()));
			List<SyndEntry> entries = parsed.getEntries();
			assertThat(entries).hasSize((int) Math.min(PublishedCounts.news(this.jdbc), 20));
			assertThat(entries.get(0).getTitle()).startsWith("Rilevazione attività di cooperazione");
			assertThat(entries)
				.extracting(e -> e.getPublishedDate() == null ? e.getUpdatedDate() : e.getPublishedDate())
				.isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(entries.get(0).getLink())
				.endsWith("/notizie/rilevazione-attivita-cooperazione-allo-sviluppo-comuni-2020");
		}
		assertThat(Http.get(this.port, "/notizie").body()).contains("rel=\"alternate\" type=\"application/rss+xml\"");
	}

	/**
	 * An item is listed, first, once published; a draft or an item scheduled for later is
	 * neither listed nor shown.
	 */
	@Test
	void onlyPublishedItemsAreListedAndShown() throws Exception {
		try (var item = TestNews.item(this.jdbc).publishedAt(java.time.Instant.now().minusSeconds(60)).insert();
				var draft = TestNews.item(this.jdbc).draft().insert();
				var scheduled = TestNews.item(this.jdbc)
					.publishedAt(java.time.Instant.now().plusSeconds(86_400))
					.insert()) {
			assertThat(titles("/notizie")).first().isEqualTo(item.title());
			assertThat(titles("/notizie")).doesNotContain(draft.title(), scheduled.title());
			assertThat(page(item.path()).select("main h1").text()).isEqualTo(item.title());
			assertThat(Http.get(this.port, draft.path()).statusCode()).isEqualTo(404);
			assertThat(Http.get(this.port, scheduled.path()).statusCode()).isEqualTo(404);
			SyndFeed feed = new SyndFeedInput()
				.build(new StringReader(Http.get(this.port, "/notizie/feed.atom", "*/*").body()));
			assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).first().isEqualTo(item.title());
			assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
				.doesNotContain(draft.title(), scheduled.title());
		}
		assertThat(Http.get(this.port, "/notizie/" + TestNews.SLUG_PREFIX + "x").statusCode()).isEqualTo(404);
	}

	private Document page(String path) {
		var response = Http.get(this.port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private List<String> titles(String path) {
		return titles(page(path));
	}

	private static List<String> titles(Document list) {
		return list.select("article.news-item h2 a").eachText();
	}

	private static long total(Document list) {
		return Long.parseLong(list.select("main p[role=status] strong").text());
	}

	@Test
	void markdownBecomesInertHtml() {
		String html = RichText.toHtml("""
				**grassetto** [ok](https://example.org) [interno](/pratiche)
				<script>alert(1)</script> <img src=x onerror=alert(1)>
				[js](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)
				<a href="https://x.org" onclick="alert(1)" style="color:red">x</a>""");
		assertThat(html).contains("<strong>grassetto</strong>", "href=\"https://example.org\"", "href=\"/pratiche\"")
			.doesNotContain("<script", "<img", "onerror=", "onclick=", "href=\"javascript", "data:text", "style=\"");
	}

}
