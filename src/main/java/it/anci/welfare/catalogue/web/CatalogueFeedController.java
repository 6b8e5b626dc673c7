package it.anci.welfare.catalogue.web;

import com.rometools.rome.io.FeedException;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.search.CatalogueFeed;
import it.anci.welfare.catalogue.search.CatalogueFilters;
import it.anci.welfare.catalogue.search.CatalogueTitles;
import it.anci.welfare.common.WebFeed;

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
		WebFeed atom = new WebFeed(CatalogueTitles.describe(query, "Pratiche") + " – Portale Welfare dei Comuni",
				"Schede del catalogo nuove o aggiornate per questa ricerca, dalla più recente", base + query.url(),
				"ANCI Umbria", this.feed.latest(query, FEED_SIZE).stream().map(card -> entry(card, base)).toList());
		return atom.response(WebFeed.Kind.ATOM, base + query.exportUrl("atom"));
	}

	private static WebFeed.Entry entry(CatalogueFeed.Entry card, String base) {
		return new WebFeed.Entry(card.title(), base + "/pratiche/" + card.slug(), card.createdAt(), card.updatedAt(),
				card.providerName(),
				card.providerName() + " (" + card.comuneName() + ", " + card.regionName() + "). " + card.description());
	}

}
