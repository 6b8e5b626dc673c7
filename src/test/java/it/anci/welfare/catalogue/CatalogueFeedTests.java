package it.anci.welfare.catalogue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feed of a catalogue search, parsed by Rome as a feed reader would, checked
 * against the database.
 */
@PortalTest
class CatalogueFeedTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	record Row(String slug, Instant updatedAt) {
	}

	@Test
	void aFilteredSearchListsItsPublishedCardsLastChangedFirstEachWithItsOwnDate() throws Exception {
		String path = "/pratiche.atom?regione=lombardia&utenza=ELD";
		var response = Http.get(this.port, path, "application/atom+xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		Feed feed = atom(response.body());

		List<Row> expected = this.jdbc.sql("""
				select slug, updated_at from practice where status = 'PUBLISHED' and region_code = '03'
				and 'ELD' = any(target_groups) order by updated_at desc, id desc limit 50""")
			.query((rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
		assertThat(expected).hasSizeGreaterThan(3);
		assertThat(feed.getEntries()).extracting(e -> slug(e))
			.containsExactlyElementsOf(expected.stream().map(Row::slug).toList());
		for (int i = 0; i < expected.size(); i++) {
			Entry entry = feed.getEntries().get(i);
			assertThat(entry.getUpdated().toInstant()).as(entry.getTitle()).isEqualTo(expected.get(i).updatedAt());
			assertThat(entry.getAlternateLinks().get(0).getHref())
				.isEqualTo(base() + "/pratiche/" + expected.get(i).slug());
		}
		assertThat(feed.getUpdated().toInstant()).isEqualTo(expected.get(0).updatedAt());
		assertThat(feed.getOtherLinks()).filteredOn(l -> "self".equals(l.getRel()))
			.extracting(Link::getHref)
			.containsExactly(base() + "/pratiche.atom?utenza=ELD&regione=lombardia"); // the
																						// parameters
																						// in
																						// the
																						// catalogue's
																						// order
		assertThat(feed.getTitle()).isEqualTo("Pratiche – Lombardia, Anziani – Portale Welfare dei Comuni");
	}

	/**
	 * A card changed today comes first, with today's date: followers of a search see what
	 * changed.
	 */
	@Test
	void aChangedCardMovesToTheTopWithItsNewDate() throws Exception {
		String slug = this.jdbc
			.sql("select slug from practice where status = 'PUBLISHED' and region_code = '10' "
					+ "order by updated_at, id limit 1")
			.query(String.class)
			.single();
		Instant before = Instant.now().minusSeconds(1);
		this.jdbc.sql("update practice set updated_at = now() where slug = ?").param(slug).update();
		try {
			Feed feed = atom(Http.get(this.port, "/pratiche.atom?regione=umbria", "application/atom+xml").body());
			assertThat(slug(feed.getEntries().get(0))).isEqualTo(slug);
			assertThat(feed.getEntries().get(0).getUpdated().toInstant()).isAfter(before);
			assertThat(feed.getEntries().get(1).getUpdated().toInstant()).isBefore(before);
		}
		finally {
			this.jdbc.sql("update practice set updated_at = timestamptz '2026-12-01 09:00:00+01' where slug = ?")
				.param(slug)
				.update();
		}
	}

	@Test
	void aSearchWithNoResultIsAnEmptyFeedAndTheResultsPageLinksItsFeed() throws Exception {
		Feed empty = atom(Http.get(this.port, "/pratiche.atom?q=zzzqqqxxx", "application/atom+xml").body());
		assertThat(empty.getEntries()).isEmpty();

		Document page = Jsoup.parse(Http.get(this.port, "/pratiche?regione=umbria&tipo=NUOVO").body());
		assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.contains(base() + "/pratiche.atom?tipo=NUOVO&regione=umbria");
	}

	@Test
	void theNewsFeedsNameThemselves() throws Exception {
		String rss = Http.get(this.port, "/notizie/feed.rss", "application/rss+xml").body();
		var channel = (com.rometools.rome.feed.rss.Channel) new WireFeedInput().build(new StringReader(rss));
		assertThat(channel.getItems()).hasSizeGreaterThanOrEqualTo(9);
		org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(rss)));
		var links = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
		assertThat(links.getLength()).isEqualTo(1);
		var self = (org.w3c.dom.Element) links.item(0);
		assertThat(self.getAttribute("rel")).isEqualTo("self");
		assertThat(self.getAttribute("href")).isEqualTo(base() + "/notizie/feed.rss");

		Feed atom = atom(Http.get(this.port, "/notizie/feed.atom", "application/atom+xml").body());
		assertThat(atom.getOtherLinks()).filteredOn(l -> "self".equals(l.getRel()))
			.extracting(Link::getHref)
			.containsExactly(base() + "/notizie/feed.atom");
	}

	private static Feed atom(String xml) throws Exception {
		return (Feed) new WireFeedInput().build(new StringReader(xml));
	}

	private static String slug(Entry entry) {
		String href = entry.getAlternateLinks().get(0).getHref();
		return href.substring(href.lastIndexOf('/') + 1);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
