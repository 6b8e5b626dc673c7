package it.anci.welfare.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.PublishedCounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sitemap file may list at most 50,000 addresses, which a catalogue of 100,000 cards
 * passes: the portal then serves an index of numbered parts. Checked here with a limit of
 * 100 so that the seeded cards need several parts.
 */
@PortalTest
@TestPropertySource(properties = "portal.sitemap.max-urls=100")
class SitemapPartsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pastTheLimitTheSitemapIsAnIndexOfPartsThatTogetherListEveryPage() {
		String index = Http.get(this.port, "/sitemap.xml", "application/xml").body();
		assertThat(index).contains("<sitemapindex").doesNotContain("<urlset");
		List<String> parts = locations(index);
		assertThat(parts).hasSizeGreaterThanOrEqualTo(3).allMatch(p -> p.matches("/sitemap-\\d+\\.xml"));

		List<String> pages = new ArrayList<>();
		for (String part : parts) {
			var response = Http.get(this.port, part, "application/xml");
			assertThat(response.statusCode()).isEqualTo(200);
			List<String> inPart = locations(response.body());
			assertThat(inPart).hasSizeLessThanOrEqualTo(100);
			pages.addAll(inPart);
		}
		assertThat(pages).doesNotHaveDuplicates().contains("/", "/pratiche", "/regioni/umbria", "/comuni/054039");
		assertThat(pages.stream().filter(p -> p.startsWith("/pratiche/") && !p.equals("/pratiche/la-raccolta")).count())
			.isEqualTo(PublishedCounts.practices(this.jdbc));
		assertThat(Http.get(this.port, "/sitemap-" + (parts.size() + 1) + ".xml").statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/sitemap-0.xml").statusCode()).isEqualTo(404);
	}

	private static List<String> locations(String xml) {
		return Pattern.compile("<loc>http://localhost:\\d+([^<]+)</loc>")
			.matcher(xml)
			.results()
			.map(m -> m.group(1))
			.toList();
	}

}
