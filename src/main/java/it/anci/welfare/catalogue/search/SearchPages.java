package it.anci.welfare.catalogue.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import it.anci.welfare.catalogue.CatalogueFilter;
import it.anci.welfare.catalogue.CatalogueOverview;
import it.anci.welfare.catalogue.CataloguePage;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.Facet;
import it.anci.welfare.catalogue.FilterOption;
import it.anci.welfare.catalogue.MapRegion;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.PracticeDetails;
import it.anci.welfare.catalogue.PracticeSummary;
import it.anci.welfare.catalogue.taxonomy.TaxonomyService;
import it.anci.welfare.common.Pagination;
import it.anci.welfare.territory.Region;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * The catalogue's search page (results, facets, map, places and a correction of the
 * text), the counts of the home page and the cards like a card.
 */
@Component
public class SearchPages {

	private static final int SIMILAR_COUNT = 4;

	private final CatalogueSearch search;

	private final SummaryReader summaries;

	private final SimilarCards similarCards;

	private final CatalogueFilters filters;

	private final TaxonomyService taxonomyService;

	private final TerritoryService territory;

	private final FacetIndex facets;

	private final SearchHelp help;

	SearchPages(CatalogueSearch search, SummaryReader summaries, SimilarCards similarCards, CatalogueFilters filters,
			TaxonomyService taxonomyService, TerritoryService territory, FacetIndex facets, SearchHelp help) {
		this.search = search;
		this.summaries = summaries;
		this.similarCards = similarCards;
		this.filters = filters;
		this.taxonomyService = taxonomyService;
		this.territory = territory;
		this.facets = facets;
		this.help = help;
	}

	/**
	 * Counted from the facet index: the same SQL aggregates cost 260 ms at 100,000 cards
	 * (perf/README.md).
	 */
	public CatalogueOverview overview() {
		FacetIndex.Snapshot cards = this.facets.current();
		List<CatalogueOverview.ClassificationCount> classifications = this.taxonomyService.taxonomy()
			.classifications()
			.stream()
			.map(c -> new CatalogueOverview.ClassificationCount(c.code(), c.name(),
					cards.count(CatalogueFilter.TIPO, c.code())))
			.toList();
		return new CatalogueOverview(cards.size(),
				cards.values().getOrDefault(CatalogueFilter.REGIONE, Map.of()).size(), cards.comuni(), classifications);
	}

	/**
	 * A page of the catalogue: results, total, facet counts and map, in at most three SQL
	 * statements.
	 */
	public CataloguePage search(CatalogueQuery requested) {
		CatalogueSearch.Matches matches = this.search.match(requested);
		CatalogueSearch.Counts counts = this.search.counts(matches);
		int pageCount = Pagination.pageCount(counts.total(), CatalogueQuery.PAGE_SIZE);
		CatalogueQuery query = requested.page() > pageCount ? requested.onPage(pageCount) : requested;
		List<Long> ids = this.search.ids(matches, (query.page() - 1) * CatalogueQuery.PAGE_SIZE,
				CatalogueQuery.PAGE_SIZE);
		List<PracticeSummary> items = this.summaries.summaries(ids, classificationNames(), query);
		List<Facet> facets = new ArrayList<>();
		// provinces are listed as check boxes for the chosen regions only, the others are
		// in a menu
		Set<String> chosenRegions = query.selected(CatalogueFilter.REGIONE)
			.stream()
			.map(FilterOption::label)
			.collect(Collectors.toSet());
		this.filters.options().forEach((filter, options) -> {
			Map<String, Long> byCode = counts.facets().getOrDefault(filter, Map.of());
			facets.add(new Facet(filter,
					options.stream()
						.map(o -> new Facet.Value(o, byCode.getOrDefault(o.code(), 0L), query.isSelected(filter, o)))
						.toList(),
					filter == CatalogueFilter.PROVINCIA ? chosenRegions : null));
		});
		return new CataloguePage(query, items, counts.total(), pageCount, facets, counts.totalWithout(),
				map(query,
						facets.stream().filter(f -> f.filter() == CatalogueFilter.REGIONE).findFirst().orElseThrow()),
				this.help.places(query), counts.total() == 0 ? correction(query, matches).orElse(null) : null);
	}

	/**
	 * Offered only when what was typed finds nothing and the corrected text finds
	 * something.
	 */
	private Optional<CataloguePage.Correction> correction(CatalogueQuery query, CatalogueSearch.Matches matches) {
		if (!query.hasText()) {
			return Optional.empty();
		}
		return this.help.correction(query.text(), matches.snapshot().version())
			.map(query::withText)
			.flatMap(corrected -> {
				long found = this.search.counts(this.search.match(corrected)).total();
				return found == 0 ? Optional.empty()
						: Optional.of(new CataloguePage.Correction(corrected.text(), corrected.url(), found));
			});
	}

	private List<MapRegion> map(CatalogueQuery query, Facet regions) {
		long max = regions.values().stream().mapToLong(Facet.Value::count).max().orElse(0);
		Map<String, Region> byCode = this.territory.regionsByCode();
		return regions.values().stream().map(value -> {
			Region region = byCode.get(value.option().code());
			int shade = value.count() == 0 ? 0 : (int) Math.ceil(5.0 * value.count() / max);
			String url = value.selected() ? query.urlWithout(CatalogueFilter.REGIONE, value.option())
					: query.urlWith(CatalogueFilter.REGIONE, value.option());
			return new MapRegion(region.shortName(), region.mapId(), value.count(), shade, url, value.selected());
		}).toList();
	}

	/**
	 * Practices with the same service areas and target groups, preferring comuni of a
	 * similar size.
	 */
	public List<PracticeSummary> similar(PracticeDetails practice) {
		PracticeCard.Classification c = practice.card().classification();
		List<Long> ids = this.similarCards.similar(practice.id(), c.serviceAreas(), c.targetGroups(), c.interventions(),
				practice.comune().sizeClass(), SIMILAR_COUNT);
		return this.summaries.summaries(ids, classificationNames(), null);
	}

	private Map<String, String> classificationNames() {
		return this.taxonomyService.taxonomy().classificationNames();
	}

}
