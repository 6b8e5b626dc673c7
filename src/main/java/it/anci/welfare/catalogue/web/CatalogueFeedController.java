package it.anci.welfare.catalogue.web;

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
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.search.CatalogueFeed;
import it.anci.welfare.catalogue.search.CatalogueFilters;
import it.anci.welfare.catalogue.search.CatalogueTitles;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feed of any catalogue search: the parameters of {@code /pratiche}, the cards last
 * changed first.
 */
@RestController
class CatalogueFeedController {

	static final int FEED_SIZE = 50;

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final CatalogueFeed feed;

	private final CatalogueFilters filters;

	CatalogueFeedController(CatalogueFeed feed, CatalogueFilters filters) {
		this.feed = feed;
		this.filters = filters;
	}

	@GetMapping("/pratiche.atom")
	ResponseEntity<String> atom(@RequestParam MultiValueMap<String, String> parameters) throws FeedException {
		CatalogueQuery query = this.filters.parse(parameters).onPage(1);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<CatalogueFeed.Entry> entries = this.feed.latest(query, FEED_SIZE);
		SyndFeed atom = new SyndFeedImpl();
		atom.setFeedType("atom_1.0");
		atom.setTitle(CatalogueTitles.describe(query, "Pratiche") + " – Portale Welfare dei Comuni");
		atom.setDescription("Schede del catalogo nuove o aggiornate per questa ricerca, dalla più recente");
		atom.setUri(base + query.exportUrl("atom"));
		atom.setLanguage("it");
		atom.setLinks(List.of(link("self", "application/atom+xml", base + query.exportUrl("atom")),
				link("alternate", MediaType.TEXT_HTML_VALUE, base + query.url())));
		SyndPersonImpl author = new SyndPersonImpl();
		author.setName("ANCI Umbria");
		atom.setAuthors(List.of(author));
		// Atom requires the feed's <updated>: the last change among its cards, or none
		// when nothing matches
		atom.setPublishedDate(entries.isEmpty() ? null : Date.from(entries.get(0).updatedAt()));
		atom.setEntries(entries.stream().map(e -> entry(e, base)).toList());
		return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(atom));
	}

	private static SyndEntry entry(CatalogueFeed.Entry card, String base) {
		SyndEntry entry = new SyndEntryImpl();
		String url = base + "/pratiche/" + card.slug();
		entry.setTitle(card.title());
		entry.setLink(url);
		entry.setUri(url);
		entry.setPublishedDate(Date.from(card.createdAt()));
		entry.setUpdatedDate(Date.from(card.updatedAt()));
		entry.setAuthor(card.providerName());
		SyndContentImpl summary = new SyndContentImpl();
		summary.setType("text");
		summary.setValue(
				card.providerName() + " (" + card.comuneName() + ", " + card.regionName() + "). " + card.description());
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
