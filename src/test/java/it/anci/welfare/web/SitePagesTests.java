package it.anci.welfare.web;

import java.util.List;
import java.util.regex.Pattern;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.PublishedCounts;
import it.anci.welfare.support.TestNews;
import it.anci.welfare.support.TestPractices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Legal pages, sitemap and robots.txt; every footer link resolves. */
@PortalTest
class SitePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The Bootstrap Italia script (1 MB) was sent uncompressed (issue 15): every script,
	 * style sheet and the icon sprite are now served from the brotli and gzip copies the
	 * build writes, the same bytes once decoded.
	 */
	@Test
	void staticFilesAreServedPrecompressedInBrotliAndGzip() throws Exception {
		com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
		String page = Http.get(this.port, "/").body();
		var assets = java.util.regex.Pattern
			.compile("(?:src|href)=\"(/(?:webjars|assets)/[^\"]+\\.(?:js|css|svg))[\"#]")
			.matcher(page);
		java.util.Set<String> paths = new java.util.LinkedHashSet<>();
		while (assets.find()) {
			paths.add(assets.group(1));
		}
		assertThat(paths).anyMatch(p -> p.contains("bootstrap-italia.bundle.min"))
			.anyMatch(p -> p.contains("/assets/css/portal"))
			.anyMatch(p -> p.contains("sprites"));
		for (String path : paths) {
			byte[] plain = fetch(path, "identity").body();
			if (plain.length < 1024) {
				continue; // too small to gain from compression
			}
			if (path.endsWith(".css") && new String(plain, java.nio.charset.StandardCharsets.UTF_8).contains("url('")) {
				// a style sheet linking fonts is served with versioned links, compressed
				// on the fly
				assertThat(new String(plain, java.nio.charset.StandardCharsets.UTF_8)).as(path)
					.containsPattern("\\.woff2|-[0-9a-f]{32}\\.");
				assertThat(fetch(path, "br, gzip").headers().firstValue("Content-Encoding")).as(path).contains("gzip");
				continue;
			}
			// as browsers list them: gzip first, with no preference
			var brotli = fetch(path, "gzip, deflate, br, zstd");
			assertThat(brotli.headers().firstValue("Content-Encoding")).as(path).contains("br");
			assertThat(brotli.headers().allValues("Vary").toString()).as(path).contains("Accept-Encoding");
			assertThat(com.aayushatharva.brotli4j.decoder.Decoder.decompress(brotli.body()).getDecompressedData())
				.as(path)
				.isEqualTo(plain);
			var gzip = fetch(path, "gzip");
			assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
			assertThat(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body())).readAllBytes())
				.as(path)
				.isEqualTo(plain);
			if (path.contains("bootstrap-italia.bundle.min")) {
				assertThat(brotli.body().length).isLessThan(plain.length / 4);
			}
		}
	}

	private java.net.http.HttpResponse<byte[]> fetch(String path, String encodings) throws Exception {
		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + path))
				.header("Accept-Encoding", encodings)
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response;
	}

	@Test
	void legalPagesExistInItalian() {
		assertThat(Http.get(this.port, "/accessibilita").body()).contains("Dichiarazione di accessibilità",
				"parzialmente conforme", "Difensore civico per il digitale", "Meccanismo di feedback");
		assertThat(Http.get(this.port, "/privacy").body()).contains("Regolamento (UE) 2016/679",
				"Titolare del trattamento");
		assertThat(Http.get(this.port, "/note-legali").body())
			.contains("CC BY 3.0 IT".replace("CC BY 3.0 IT", "Attribuzione 3.0 Italia"), "MapSVG", "Fonte ISTAT");
	}

	@Test
	void sitemapListsEveryPublicPageAndEveryUrlAnswers() {
		String sitemap = Http.get(this.port, "/sitemap.xml", "application/xml").body();
		var urls = Pattern.compile("<loc>http://localhost:\\d+([^<]+)</loc>")
			.matcher(sitemap)
			.results()
			.map(m -> m.group(1))
			.toList();
		assertThat(urls).contains("/", "/pratiche", "/pratiche/la-raccolta", "/notizie", "/riunioni", "/modelli",
				"/regioni/umbria",
				"/comuni/054039".replace("054039",
						urls.stream()
							.filter(u -> u.startsWith("/comuni/"))
							.findFirst()
							.orElse("/comuni/x")
							.substring(8)));
		assertThat(urls.stream().filter(u -> u.startsWith("/pratiche/") && !u.equals("/pratiche/la-raccolta")))
			.hasSize((int) PublishedCounts.practices(this.jdbc));
		assertThat(urls.stream().filter(u -> u.startsWith("/notizie/"))).hasSize((int) PublishedCounts.news(this.jdbc));
		assertThat(urls.stream().filter(u -> u.startsWith("/riunioni/")))
			.hasSize((int) PublishedCounts.meetings(this.jdbc));
		assertThat(urls.stream().filter(u -> u.startsWith("/regioni/"))).hasSize(20);
		for (String url : urls.stream()
			.filter(u -> !u.startsWith("/pratiche/") && !u.startsWith("/comuni/"))
			.toList()) {
			assertThat(Http.get(this.port, url).statusCode()).as(url).isEqualTo(200);
		}
	}

	/**
	 * A card or news item is in the sitemap once published, never as a draft or before
	 * its publication time.
	 */
	@Test
	void theSitemapListsWhatIsPublishedAndNothingElse() {
		try (var card = TestPractices.card(this.jdbc).insert();
				var draft = TestPractices.card(this.jdbc).draft().insert();
				var news = TestNews.item(this.jdbc).insert();
				var scheduled = TestNews.item(this.jdbc)
					.publishedAt(java.time.Instant.now().plusSeconds(86_400))
					.insert()) {
			String sitemap = Http.get(this.port, "/sitemap.xml", "application/xml").body();
			var urls = Pattern.compile("<loc>http://localhost:\\d+([^<]+)</loc>")
				.matcher(sitemap)
				.results()
				.map(m -> m.group(1))
				.toList();
			assertThat(urls).contains(card.path(), news.path()).doesNotContain(draft.path(), scheduled.path());
		}
	}

	@Test
	void robotsPointsToTheSitemapAndKeepsCrawlersOutOfTheBackOffice() {
		String robots = Http.get(this.port, "/robots.txt", "text/plain").body();
		assertThat(robots).contains("Disallow: /admin").containsPattern("Sitemap: http://localhost:\\d+/sitemap.xml");
	}

	@Test
	void everyFooterLinkResolves() {
		String home = Http.get(this.port, "/").body();
		String footer = home.substring(home.indexOf("<footer"));
		var links = Pattern.compile("href=\"(/[^\"]*)\"")
			.matcher(footer)
			.results()
			.map(m -> m.group(1))
			.distinct()
			.toList();
		assertThat(links).contains("/accessibilita", "/privacy", "/note-legali", "/sitemap.xml", "/modelli");
		for (String link : links) {
			assertThat(Http.get(this.port, link, "*/*").statusCode()).as(link).isEqualTo(200);
		}
	}

	@Test
	void homeShowsFeaturedNewsAndTheMeetingsSection() {
		String home = Http.get(this.port, "/").body();
		assertThat(home).contains("In evidenza",
				"Servizi sociali al tempo del Coronavirus: una raccolta di pratiche dai Comuni", "Prossime riunioni",
				"archivio delle riunioni");
		assertThat(List.of(home.split("news-card")).size() - 1).isEqualTo(3);
	}

}
