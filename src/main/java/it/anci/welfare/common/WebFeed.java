package it.anci.welfare.common;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A feed of the portal (news, a catalogue search), newest first, written by Rome as Atom
 * 1.0 or RSS 2.0. Addresses are absolute: feed readers fetch them out of any page.
 *
 * @param title the feed's title
 * @param description what it lists
 * @param pageUrl the web page that lists the same items
 * @param author who publishes the feed
 * @param entries its items, in the order they are listed
 */
public record WebFeed(String title, String description, String pageUrl, String author, List<Entry> entries) {

	private static final Namespace ATOM_NAMESPACE = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

	/**
	 * An item of a feed.
	 *
	 * @param title its title
	 * @param url its page
	 * @param published when it was first published
	 * @param updated when it last changed
	 * @param author who wrote it
	 * @param summary a plain-text summary
	 */
	public record Entry(String title, String url, Instant published, Instant updated, String author, String summary) {
	}

	/** The formats a feed is served in, with their Rome names and media types. */
	public enum Kind {

		ATOM("atom_1.0", "application/atom+xml"), RSS("rss_2.0", "application/rss+xml");

		private final String romeType;

		private final String mediaType;

		Kind(String romeType, String mediaType) {
			this.romeType = romeType;
			this.mediaType = mediaType;
		}

	}

	/** The feed as the answer to a request for it at {@code selfUrl}. */
	public ResponseEntity<String> response(Kind kind, String selfUrl) throws FeedException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(kind.mediaType + ";charset=UTF-8"))
			.body(write(kind, selfUrl));
	}

	/**
	 * The feed's document. It names its own address ({@code rel="self"}), as validators
	 * and readers ask: Rome writes it for Atom, but its RSS 2.0 generator has no
	 * {@code atom:link}, which is added to the channel of the document Rome builds.
	 */
	String write(Kind kind, String selfUrl) throws FeedException {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(kind.romeType);
		feed.setTitle(this.title);
		feed.setDescription(this.description);
		feed.setLink(this.pageUrl);
		// the Atom id: one per document, as each search has its own feed
		feed.setUri(selfUrl);
		feed.setLanguage("it");
		feed.setLinks(List.of(link("self", kind.mediaType, selfUrl),
				link("alternate", MediaType.TEXT_HTML_VALUE, this.pageUrl)));
		if (kind == Kind.ATOM) {
			SyndPersonImpl publisher = new SyndPersonImpl();
			publisher.setName(this.author);
			feed.setAuthors(List.of(publisher));
		}
		else {
			// Rome writes RSS authors as <managingEditor>, which must be an e-mail
			// address: the publisher is named by Dublin Core instead
			feed.setAuthor(this.author);
		}
		// Atom requires the feed's <updated>: its latest change, or none when it is empty
		feed.setPublishedDate(
				this.entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).map(Date::from).orElse(null));
		feed.setEntries(this.entries.stream().map(WebFeed::entry).toList());
		if (kind == Kind.ATOM) {
			return new SyndFeedOutput().outputString(feed);
		}
		Document document = new SyndFeedOutput().outputJDom(feed);
		document.getRootElement().addNamespaceDeclaration(ATOM_NAMESPACE);
		document.getRootElement()
			.getChild("channel")
			.addContent(0,
					new Element("link", ATOM_NAMESPACE).setAttribute("href", selfUrl)
						.setAttribute("rel", "self")
						.setAttribute("type", kind.mediaType));
		return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
	}

	private static SyndEntry entry(Entry item) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(item.title());
		entry.setLink(item.url());
		entry.setUri(item.url());
		entry.setPublishedDate(Date.from(item.published()));
		entry.setUpdatedDate(Date.from(item.updated()));
		entry.setAuthor(item.author());
		SyndContentImpl summary = new SyndContentImpl();
		summary.setType("text/plain");
		summary.setValue(item.summary());
		entry.setDescription(summary);
		return entry;
	}

	private static SyndLink link(String rel, String type, String href) {
		SyndLinkImpl link = new SyndLinkImpl();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

}
