package it.anci.welfare.catalogue;

import java.util.List;
import java.util.Map;

/** Everything the catalogue page shows for one query. */
public record CataloguePage(CatalogueQuery query, List<PracticeSummary> items, long total, int pageCount,
		List<Facet> facets, Map<CatalogueFilter, Long> totalWithout, List<MapRegion> map) {

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

	/** Page numbers to show around the current one; 0 stands for an ellipsis. */
	public List<Integer> pageLinks() {
		int current = this.query.page();
		List<Integer> pages = new java.util.ArrayList<>();
		for (int p = 1; p <= this.pageCount; p++) {
			if (p == 1 || p == this.pageCount || Math.abs(p - current) <= 1) {
				pages.add(p);
			}
			else if (pages.get(pages.size() - 1) != 0) {
				pages.add(0);
			}
		}
		return pages;
	}

}
