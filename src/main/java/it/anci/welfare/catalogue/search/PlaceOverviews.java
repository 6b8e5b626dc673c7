package it.anci.welfare.catalogue.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import it.anci.welfare.catalogue.CatalogueFilter;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.CatalogueSort;
import it.anci.welfare.catalogue.ComuneOverview;
import it.anci.welfare.catalogue.FilterOption;
import it.anci.welfare.catalogue.PracticeSummaries;
import it.anci.welfare.catalogue.PracticeSummary;
import it.anci.welfare.catalogue.RegionOverview;
import it.anci.welfare.catalogue.TaxonomyTerm;
import it.anci.welfare.catalogue.taxonomy.TaxonomyService;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.Region;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pages of a comune and of a region: their published cards and the links into the
 * catalogue filtered on them.
 */
@Component
public class PlaceOverviews {

	/** Cards listed per classification on a region page; the link leads to the rest. */
	static final int REGION_GROUP_SIZE = 10;

	private final JdbcClient jdbc;

	private final CatalogueSearch search;

	private final SummaryReader summaries;

	private final CatalogueFilters filters;

	private final TaxonomyService taxonomyService;

	private final TerritoryService territory;

	PlaceOverviews(JdbcClient jdbc, CatalogueSearch search, SummaryReader summaries, CatalogueFilters filters,
			TaxonomyService taxonomyService, TerritoryService territory) {
		this.jdbc = jdbc;
		this.search = search;
		this.summaries = summaries;
		this.filters = filters;
		this.taxonomyService = taxonomyService;
		this.territory = territory;
	}

	public ComuneOverview comune(String istatCode) {
		Comune comune = this.territory.comune(istatCode)
			.orElseThrow(() -> new NotFoundException("comune " + istatCode));
		List<Long> ids = this.jdbc
			.sql("select id from published_practice where comune_code = ? order by start_date desc, id")
			.param(istatCode)
			.query(Long.class)
			.list();
		CatalogueQuery none = CatalogueQuery.empty();
		String provinceUrl = none.urlWith(CatalogueFilter.PROVINCIA,
				this.filters.option(CatalogueFilter.PROVINCIA, comune.province().carPlate()).orElseThrow());
		String sizeUrl = none.urlWith(CatalogueFilter.DIMENSIONE,
				this.filters.option(CatalogueFilter.DIMENSIONE, comune.sizeClass().code()).orElseThrow());
		return new ComuneOverview(comune,
				this.summaries.summaries(ids, this.taxonomyService.taxonomy().classificationNames(), null), provinceUrl,
				sizeUrl);
	}

	/**
	 * The region page: counts per classification and province from the facet index, and
	 * the first cards of each classification by title; a populous region can hold
	 * thousands, the catalogue lists them all.
	 */
	public RegionOverview region(String slug) {
		Region region = this.territory.regionBySlug(slug).orElseThrow(() -> new NotFoundException("region " + slug));
		FilterOption regionOption = this.filters.option(CatalogueFilter.REGIONE, region.slug()).orElseThrow();
		CatalogueQuery inRegion = new CatalogueQuery("", Map.of(CatalogueFilter.REGIONE, List.of(regionOption)),
				CatalogueSort.TITOLO, false, 1, List.of());
		CatalogueSearch.Counts counts = this.search.counts(this.search.match(inRegion));
		Map<String, Long> perClassification = counts.facets().getOrDefault(CatalogueFilter.TIPO, Map.of());
		Map<String, Long> perProvince = counts.facets().getOrDefault(CatalogueFilter.PROVINCIA, Map.of());

		List<PracticeSummaries> groups = groups(regionOption, inRegion, perClassification);
		List<RegionOverview.ProvinceCount> provinces = this.territory.provincesOf(region)
			.stream()
			.map(p -> new RegionOverview.ProvinceCount(p, perProvince.getOrDefault(p.code(), 0L),
					inRegion.urlWith(CatalogueFilter.PROVINCIA,
							this.filters.option(CatalogueFilter.PROVINCIA, p.carPlate()).orElseThrow())))
			.sorted(Comparator.comparing((RegionOverview.ProvinceCount p) -> -p.practices())
				.thenComparing(p -> p.province().name()))
			.toList();
		return new RegionOverview(region, counts.total(), groups, provinces);
	}

	/** The first cards of each classification found in the region, by title. */
	private List<PracticeSummaries> groups(FilterOption regionOption, CatalogueQuery inRegion,
			Map<String, Long> perClassification) {
		List<TaxonomyTerm> shown = this.taxonomyService.taxonomy()
			.classifications()
			.stream()
			.filter(c -> perClassification.getOrDefault(c.code(), 0L) > 0)
			.toList();
		List<List<Long>> idsByGroup = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		for (TaxonomyTerm classification : shown) {
			FilterOption kind = this.filters.option(CatalogueFilter.TIPO, classification.code()).orElseThrow();
			CatalogueQuery group = new CatalogueQuery("",
					Map.of(CatalogueFilter.REGIONE, List.of(regionOption), CatalogueFilter.TIPO, List.of(kind)),
					CatalogueSort.TITOLO, false, 1, List.of());
			idsByGroup.add(this.search.ids(this.search.match(group), 0, REGION_GROUP_SIZE));
			urls.add(inRegion.urlWith(CatalogueFilter.TIPO, kind));
		}
		// one statement for the cards of every group, then cut back into the groups
		List<PracticeSummary> cards = this.summaries.summaries(idsByGroup.stream().flatMap(List::stream).toList(),
				this.taxonomyService.taxonomy().classificationNames(), null);
		List<PracticeSummaries> groups = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < shown.size(); i++) {
			int to = from + idsByGroup.get(i).size();
			groups.add(new PracticeSummaries(shown.get(i).name(), urls.get(i),
					perClassification.get(shown.get(i).code()), cards.subList(from, to)));
			from = to;
		}
		return groups;
	}

}
