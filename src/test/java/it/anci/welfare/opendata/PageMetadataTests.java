package it.anci.welfare.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.news.NewsItem;
import it.anci.welfare.news.NewsType;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page type says in its head what it is: canonical address, description,
 * Open Graph, JSON-LD.
 */
@PortalTest
class PageMetadataTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SchemaOrg schema;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyPublicPageTypeHasCanonicalDescriptionOpenGraphAndTwitterTags() {
		Map<String, String> descriptions = new HashMap<>();
		for (String path : publicPages()) {
			var response = Http.get(this.port, path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			Document page = Jsoup.parse(response.body());
			String canonical = page.select("head link[rel=canonical]").attr("href");
			assertThat(canonical).as(path).startsWith(base() + "/");
			assertThat(page.select("head link[rel=canonical]")).as(path).hasSize(1);
			assertThat(meta(page, "property", "og:url")).as(path).isEqualTo(canonical);
			assertThat(meta(page, "property", "og:title")).as(path).isNotBlank();
			assertThat(meta(page, "property", "og:type")).as(path).isIn("website", "article");
			assertThat(meta(page, "property", "og:locale")).as(path).isEqualTo("it_IT");
			assertThat(meta(page, "name", "twitter:card")).as(path).isEqualTo("summary");
			String description = meta(page, "name", "description");
			assertThat(description).as(path).isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(meta(page, "property", "og:description")).as(path).isEqualTo(description);
			assertThat(descriptions.put(description, path))
				.as("%s has the description of %s", path, descriptions.get(description))
				.isNull();
		}
	}

	@Test
	void listTitlesSayTheirFiltersAndPageAndTheCanonicalAddressKeepsThem() {
		long anziani = this.jdbc
			.sql("select count(*) from practice where status = 'PUBLISHED' and 'ELD' = any(target_groups)")
			.query(Long.class)
			.single();
		assertThat(anziani).isGreaterThan(20);
		Document second = Jsoup.parse(Http.get(this.port, "/pratiche?utenza=ELD&pagina=2&ignoto=1").body());
		assertThat(second.title()).isEqualTo("Pratiche – Anziani – pagina 2 – Portale Welfare dei Comuni");
		assertThat(second.select("link[rel=canonical]").attr("href"))
			.isEqualTo(base() + "/pratiche?utenza=ELD&pagina=2");
		assertThat(meta(second, "name", "description"))
			.startsWith(anziani + " pratiche di welfare dei Comuni per: Anziani");

		Document both = Jsoup.parse(Http.get(this.port, "/pratiche?q=spesa&regione=umbria&utenza=ELD").body());
		assertThat(both.title()).isEqualTo("Pratiche – «spesa», Umbria, Anziani – Portale Welfare dei Comuni");

		Document news = Jsoup.parse(Http.get(this.port, "/notizie?tipo=avviso").body());
		assertThat(news.title()).isEqualTo("Notizie – Avviso – Portale Welfare dei Comuni");
		Document stats = Jsoup.parse(Http.get(this.port, "/statistiche?regione=umbria").body());
		assertThat(stats.title()).isEqualTo("Statistiche – Umbria – Portale Welfare dei Comuni");
		assertThat(stats.select("link[rel=canonical]").attr("href")).isEqualTo(base() + "/statistiche?regione=umbria");
	}

	@Test
	void cardsNewsMeetingsAndTemplatesDescribeThemselvesInJsonLd() {
		String slug = firstPracticeSlug();
		JsonNode card = jsonLd("/pratiche/" + slug);
		assertThat(card.get("@type").asString()).isEqualTo("GovernmentService");
		assertThat(card.get("provider").get("name").asString())
			.isEqualTo(this.jdbc.sql("select provider_name from practice where slug = ?")
				.param(slug)
				.query(String.class)
				.single());
		assertThat(card.get("url").asString()).isEqualTo(base() + "/pratiche/" + slug);

		JsonNode news = jsonLd("/notizie/servizi-sociali-al-tempo-del-coronavirus-raccolta-di-pratiche");
		assertThat(news.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(java.time.OffsetDateTime.parse(news.get("datePublished").asString()).toInstant()).isEqualTo(this.jdbc
			.sql("select published_at from news where slug = 'servizi-sociali-al-tempo-del-coronavirus-raccolta-di-pratiche'")
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.single());
		assertThat(news.get("publisher").get("name").asString()).isEqualTo("ANCI Umbria");

		JsonNode meeting = jsonLd("/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020");
		assertThat(meeting.get("@type").asString()).isEqualTo("Event");
		assertThat(meeting.get("startDate").asString()).isEqualTo("2020-02-05T10:00:00+01:00");
		assertThat(meeting.get("location").get("@type").asString()).isEqualTo("Place");
		assertThat(meeting.get("location").get("address").get("streetAddress").asString())
			.isEqualTo("Piazza Italia 11");
		assertThat(meeting.get("location").get("address").get("addressLocality").asString()).isEqualTo("Perugia");

		JsonNode template = jsonLd("/modelli/modulo-domanda-beneficiari-buoni-spesa");
		assertThat(template.get("@type").asString()).isEqualTo("DigitalDocument");
		assertThat(template.get("encoding")).hasSize(3);
		assertThat(template.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
	}

	/**
	 * A title with markup cannot close the script element: Jackson escapes it, and it
	 * reads back the same.
	 */
	@Test
	void jsonLdEscapesWhatWouldEndItsScriptElement() {
		String title = "</script><script>alert('x')</script> & «Città»";
		NewsItem item = new NewsItem(0, "prova", NewsType.NOTIZIA, title, "Sintesi \"tra virgolette\"", "", List.of(),
				false, Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-02T10:00:00Z"), List.of());
		String written = this.schema.newsArticle(item, "http://localhost/notizie/prova");
		assertThat(written).doesNotContain("<", ">", "&");
		JsonNode read = this.json.readTree(written);
		assertThat(read.get("headline").asString()).isEqualTo(title);
		assertThat(read.get("description").asString()).isEqualTo("Sintesi \"tra virgolette\"");
	}

	private List<String> publicPages() {
		String practice = firstPracticeSlug();
		String comune = this.jdbc.sql("select comune_code from practice where slug = ?")
			.param(practice)
			.query(String.class)
			.single();
		List<String> two = this.jdbc.sql("select slug from practice where status = 'PUBLISHED' order by slug limit 2")
			.query(String.class)
			.list();
		String template = this.jdbc
			.sql("select slug from doc_template where status = 'PUBLISHED' order by position limit 1")
			.query(String.class)
			.single();
		String category = this.jdbc.sql("select category_slug from doc_template where slug = ?")
			.param(template)
			.query(String.class)
			.single();
		List<String> pages = new ArrayList<>(List.of("/", "/pratiche", "/pratiche?regione=umbria",
				"/pratiche/" + practice, "/pratiche/la-raccolta",
				"/pratiche/confronta?id=" + two.get(0) + "&id=" + two.get(1), "/comuni/" + comune, "/regioni/umbria",
				"/notizie", "/notizie/servizi-sociali-al-tempo-del-coronavirus-raccolta-di-pratiche", "/riunioni",
				"/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020", "/modelli",
				"/modelli/categorie/" + category, "/modelli/" + template, "/modelli/" + template + "/compila",
				"/statistiche", "/statistiche?regione=umbria", "/dati", "/accessibilita", "/privacy", "/note-legali"));
		return pages;
	}

	private String firstPracticeSlug() {
		return this.jdbc
			.sql("select slug from practice where status = 'PUBLISHED' and region_code = '10' order by slug limit 1")
			.query(String.class)
			.single();
	}

	private JsonNode jsonLd(String path) {
		Document page = Jsoup.parse(Http.get(this.port, path).body());
		var scripts = page.select("head script[type=application/ld+json]");
		assertThat(scripts).as(path).hasSize(1);
		JsonNode node = this.json.readTree(scripts.first().data());
		assertThat(node.get("@context").asString()).isEqualTo("https://schema.org");
		return node;
	}

	private static String meta(Document page, String attribute, String name) {
		return page.select("head meta[" + attribute + "=" + name + "]").attr("content");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
