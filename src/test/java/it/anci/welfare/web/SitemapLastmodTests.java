package it.anci.welfare.web;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap lists the template and category pages too, and says when every page last
 * changed.
 */
@PortalTest
class SitemapLastmodTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyTemplateAndCategoryPageIsListedAndEveryUrlHasItsLastChange() throws Exception {
		Map<String, OffsetDateTime> urls = urls(Http.get(this.port, "/sitemap.xml", "application/xml").body());
		assertThat(urls).isNotEmpty();

		List<String> templates = this.jdbc.sql("select slug from doc_template where status = 'PUBLISHED'")
			.query(String.class)
			.list();
		assertThat(templates).hasSizeGreaterThanOrEqualTo(8);
		templates.forEach(slug -> assertThat(urls).containsKey("/modelli/" + slug));
		this.jdbc.sql("select distinct category_slug from doc_template where status = 'PUBLISHED'")
			.query(String.class)
			.list()
			.forEach(category -> assertThat(urls).containsKey("/modelli/categorie/" + category));
		assertThat(urls).containsKeys("/statistiche", "/dati");

		// a card's lastmod is its own last change, to the second
		this.jdbc.sql("select slug, updated_at from practice where status = 'PUBLISHED' order by slug limit 20")
			.query(rs -> {
				assertThat(urls.get("/pratiche/" + rs.getString(1)).toInstant())
					.isEqualTo(rs.getTimestamp(2).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
			});
		// a template's too, and its category changed when its latest template did
		this.jdbc.sql("select slug, updated_at from doc_template where status = 'PUBLISHED'").query(rs -> {
			assertThat(urls.get("/modelli/" + rs.getString(1)).toInstant())
				.isEqualTo(rs.getTimestamp(2).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		});
		OffsetDateTime newestCard = urls.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("/pratiche/") && !e.getKey().equals("/pratiche/la-raccolta"))
			.map(Map.Entry::getValue)
			.max(OffsetDateTime::compareTo)
			.orElseThrow();
		assertThat(urls.get("/pratiche")).isEqualTo(newestCard);
	}

	/**
	 * Every {@code <url>} with its {@code <loc>} and a W3C datetime {@code <lastmod>}
	 * (parsing fails otherwise).
	 */
	private static Map<String, OffsetDateTime> urls(String xml) throws Exception {
		org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(xml)));
		NodeList entries = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
		Map<String, OffsetDateTime> urls = new LinkedHashMap<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element url = (Element) entries.item(i);
			String loc = url.getElementsByTagNameNS("*", "loc").item(0).getTextContent();
			NodeList lastmod = url.getElementsByTagNameNS("*", "lastmod");
			assertThat(lastmod.getLength()).as(loc).isEqualTo(1);
			urls.put(loc.replaceFirst("^http://localhost:\\d+", ""),
					OffsetDateTime.parse(lastmod.item(0).getTextContent()));
		}
		return urls;
	}

}
