package it.anci.welfare.common;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two formats of a feed, read back by Rome as a feed reader would and as XML: each
 * names its own address once, the feed's date is its latest change, the texts are plain.
 */
class WebFeedTests {

	private static final String SELF = "https://portale.example/notizie/feed";

	private static final WebFeed FEED = new WebFeed("Notizie", "Le ultime notizie", "https://portale.example/notizie",
			"ANCI Umbria",
			List.of(new WebFeed.Entry("Più recente", "https://portale.example/notizie/a",
					Instant.parse("2020-06-02T08:00:00Z"), Instant.parse("2020-06-02T08:00:00Z"), "ANCI Umbria",
					"Sommario <a>"),
					new WebFeed.Entry("Corretta dopo", "https://portale.example/notizie/b",
							Instant.parse("2020-06-01T08:00:00Z"), Instant.parse("2020-07-01T08:00:00Z"),
							"Comune di Terni", "Altro sommario")));

	@Test
	void atomNamesItselfAndIsDatedByItsLatestChange() throws Exception {
		String xml = FEED.write(WebFeed.Kind.ATOM, SELF);
		Feed atom = (Feed) new WireFeedInput().build(new StringReader(xml));

		assertThat(atom.getId()).isEqualTo(SELF);
		assertThat(atom.getOtherLinks()).filteredOn(l -> "self".equals(l.getRel()))
			.extracting(Link::getHref, Link::getType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(SELF, "application/atom+xml"));
		assertThat(atom.getAlternateLinks()).extracting(Link::getHref)
			.containsExactly("https://portale.example/notizie");
		assertThat(atom.getUpdated().toInstant()).isEqualTo(Instant.parse("2020-07-01T08:00:00Z"));
		assertThat(atom.getAuthors()).extracting(p -> p.getName()).containsExactly("ANCI Umbria");
		assertThat(atom.getEntries()).extracting(e -> e.getTitle()).containsExactly("Più recente", "Corretta dopo");
		assertThat(atom.getEntries().get(1).getAuthors()).extracting(p -> p.getName())
			.containsExactly("Comune di Terni");
		Document document = Jsoup.parse(xml, Parser.xmlParser());
		assertThat(document.select("entry > summary").eachAttr("type")).containsOnly("text");
		assertThat(document.select("entry > summary").first().text()).isEqualTo("Sommario <a>");
	}

	@Test
	void rssNamesItselfWithAnAtomLinkAndHasNoEditorWithoutAnAddress() throws Exception {
		String xml = FEED.write(WebFeed.Kind.RSS, SELF);
		Channel rss = (Channel) new WireFeedInput().build(new StringReader(xml));

		assertThat(rss.getLink()).isEqualTo("https://portale.example/notizie");
		assertThat(rss.getItems()).extracting(i -> i.getLink())
			.containsExactly("https://portale.example/notizie/a", "https://portale.example/notizie/b");
		// RSS wants an e-mail address there: the publisher is named by Dublin Core only
		assertThat(rss.getManagingEditor()).isNull();
		Document document = Jsoup.parse(xml, Parser.xmlParser());
		assertThat(document.select("channel > atom|link")).singleElement()
			.satisfies(link -> assertThat(link.attr("href")).isEqualTo(SELF))
			.satisfies(link -> assertThat(link.attr("rel")).isEqualTo("self"));
	}

	@Test
	void anEmptyFeedHasNoDate() throws Exception {
		WebFeed empty = new WebFeed("Pratiche", "Nessuna", "https://portale.example/pratiche", "ANCI Umbria",
				List.of());
		Feed atom = (Feed) new WireFeedInput().build(new StringReader(empty.write(WebFeed.Kind.ATOM, SELF)));
		assertThat(atom.getEntries()).isEmpty();
		assertThat(atom.getUpdated()).isNull();
	}

}
