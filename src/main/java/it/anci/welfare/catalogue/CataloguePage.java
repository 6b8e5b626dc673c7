package it.anci.welfare.catalogue;

import java.util.List;
import java.util.Map;

import it.anci.welfare.common.Pagination;

/** Everything the catalogue page shows for one query. */
public record CataloguePage(CatalogueQuery query, List<PracticeSummary> items, long total, int pageCount,
		List<Facet> facets, Map<CatalogueFilter, Long> totalWithout, List<MapRegion> map, List<PlaceSuggestion> places,
		Correction correction) {

	/**
	 * "Forse cercavi": a text of the catalogue's own words close to what was typed, and
	 * how many cards it finds.
	 */
	public record Correction(String text, String url, long total) {
	}

	public boolean empty() {
		return this.total == 0;
	}

	public int firstItem() {
		return this.total == 0 ? 0 : (this.query.page() - 1) * CatalogueQuery.PAGE_SIZE + 1;
	}

	public int lastItem() {
		return (this.query.page() - 1) * CatalogueQuery.PAGE_SIZE + this.items.size();
	}

	public Facet facet(CatalogueFilter filter) {
		return this.facets.stream().filter(f -> f.filter() == filter).findFirst().orElseThrow();
	}

	public Pagination pagination() {
		return new Pagination(this.query.page(), this.pageCount, this.query::pageUrl);
	}

}
