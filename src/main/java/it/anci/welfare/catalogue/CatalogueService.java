package it.anci.welfare.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.Region;
import it.anci.welfare.territory.SizeClass;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public read API of the catalogue of practices. Only published cards are ever returned. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

	private static final int SIMILAR_COUNT = 4;

	private final JdbcClient jdbc;

	private final CatalogueSearch search;

	private final CatalogueFilters filters;

	private final TaxonomyService taxonomyService;

	private final TerritoryService territory;

	private final PracticeRepository practices;

	private final RegionShapes shapes;

	private final FacetIndex facets;

	CatalogueService(JdbcClient jdbc, CatalogueSearch search, CatalogueFilters filters, TaxonomyService taxonomyService,
			TerritoryService territory, PracticeRepository practices, RegionShapes shapes, FacetIndex facets) {
		this.jdbc = jdbc;
		this.search = search;
		this.filters = filters;
		this.taxonomyService = taxonomyService;
		this.territory = territory;
		this.practices = practices;
		this.shapes = shapes;
		this.facets = facets;
	}

	/** Counted from the facet index: the same SQL aggregates cost 260 ms at 100,000 cards (perf/README.md). */
	public CatalogueOverview overview() {
		FacetIndex.Snapshot cards = this.facets.current();
		List<CatalogueOverview.ClassificationCount> classifications = this.taxonomyService.taxonomy()
			.classifications()
			.stream()
			.map(c -> new CatalogueOverview.ClassificationCount(c.code(), c.name(), cards.count(CatalogueFilter.TIPO, c.code())))
			.toList();
		return new CatalogueOverview(cards.size(), cards.values().getOrDefault(CatalogueFilter.REGIONE, Map.of()).size(),
				cards.comuni(), cards.count(CatalogueFilter.FONTE, Provenance.ESEMPIO.name()), classifications);
	}

	/** A page of the catalogue: results, total, facet counts and map, in at most three SQL statements. */
	public CataloguePage search(CatalogueQuery requested) {
		CatalogueSearch.Matches matches = this.search.match(requested);
		CatalogueSearch.Counts counts = this.search.counts(matches);
		int pageCount = (int) Math.max(1, (counts.total() + CatalogueQuery.PAGE_SIZE - 1) / CatalogueQuery.PAGE_SIZE);
		CatalogueQuery query = requested.page() > pageCount ? requested.onPage(pageCount) : requested;
		List<Long> ids = this.search.ids(matches, (query.page() - 1) * CatalogueQuery.PAGE_SIZE, CatalogueQuery.PAGE_SIZE);
		List<PracticeSummary> items = this.search.summaries(ids, classificationNames(), query);
		List<Facet> facets = new ArrayList<>();
		this.filters.options().forEach((filter, options) -> {
			Map<String, Long> byCode = counts.facets().getOrDefault(filter, Map.of());
			facets.add(new Facet(filter, options.stream()
				.map(o -> new Facet.Value(o, byCode.getOrDefault(o.code(), 0L), query.isSelected(filter, o)))
				.toList()));
		});
		return new CataloguePage(query, items, counts.total(), pageCount, facets, counts.totalWithout(),
				map(query, facets.stream().filter(f -> f.filter() == CatalogueFilter.REGIONE).findFirst().orElseThrow()));
	}

	private List<MapRegion> map(CatalogueQuery query, Facet regions) {
		long max = regions.values().stream().mapToLong(Facet.Value::count).max().orElse(0);
		Map<String, Region> byCode = this.territory.regionsByCode();
		return regions.values().stream().map(value -> {
			Region region = byCode.get(value.option().code());
			int shade = value.count() == 0 ? 0 : (int) Math.ceil(5.0 * value.count() / max);
			String url = value.selected() ? query.urlWithout(CatalogueFilter.REGIONE, value.option())
					: query.urlWith(CatalogueFilter.REGIONE, value.option());
			return new MapRegion(region.shortName(), this.shapes.path(region.mapId()), value.count(), shade, url,
					value.selected());
		}).toList();
	}

	/** Slugs of every published card and codes of the comuni that lead at least one (for the sitemap). */
	public record PublishedPaths(List<String> practices, List<String> comuni) {
	}

	public PublishedPaths publishedPaths() {
		return new PublishedPaths(
				this.jdbc.sql("select slug from practice where status = 'PUBLISHED' order by slug").query(String.class).list(),
				this.jdbc.sql("select distinct comune_code from practice where status = 'PUBLISHED' order by 1")
					.query(String.class)
					.list());
	}

	public PracticeDetails practice(String slug) {
		Practice practice = this.practices.findBySlugAndStatus(slug, PublicationStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("practice " + slug));
		return details(practice);
	}

	/** Any card, draft or published, as its public page would show it: for the staff preview. */
	public PracticeDetails preview(long id) {
		return details(this.practices.findById(id).orElseThrow(() -> new NotFoundException("practice " + id)));
	}

	/** Published practices by slug, in the order asked, unknown slugs left out. */
	public List<PracticeDetails> practices(List<String> slugs) {
		Map<String, Practice> found = this.practices.findBySlugInAndStatus(slugs, PublicationStatus.PUBLISHED)
			.stream()
			.collect(Collectors.toMap(p -> p.slug, Function.identity()));
		return slugs.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).map(this::details).toList();
	}

	/** Practices with the same service areas and target groups, preferring comuni of a similar size. */
	public List<PracticeSummary> similar(PracticeDetails practice) {
		String sizes = java.util.Arrays.stream(SizeClass.values())
			.map(s -> "'" + s.code() + "'")
			.collect(Collectors.joining(", "));
		List<Long> ids = this.jdbc.sql("""
				select p.id from practice p
				where p.status = 'PUBLISHED' and p.id <> :id
				  and (p.service_areas && cast(array[:areas] as text[]) or p.target_groups && cast(array[:targets] as text[]))
				order by 3 * cardinality(array(select unnest(p.service_areas) intersect select unnest(cast(array[:areas] as text[]))))
				       + 2 * cardinality(array(select unnest(p.target_groups) intersect select unnest(cast(array[:targets] as text[]))))
				       + cardinality(array(select unnest(p.interventions) intersect select unnest(cast(array[:kinds] as text[]))))
				       - abs(array_position(array[%s], p.size_class) - array_position(array[%s], :size)) desc,
				       p.title
				limit :limit""".formatted(sizes, sizes))
			.param("id", practice.id())
			.param("areas", codes(practice.serviceAreas()))
			.param("targets", codes(practice.targetGroups()))
			.param("kinds", practice.interventions().isEmpty() ? List.of("") : codes(practice.interventions()))
			.param("size", practice.comune().sizeClass().code())
			.param("limit", SIMILAR_COUNT)
			.query(Long.class)
			.list();
		return this.search.summaries(ids, classificationNames(), null);
	}

	public ComuneOverview comune(String istatCode) {
		Comune comune = this.territory.comune(istatCode).orElseThrow(() -> new NotFoundException("comune " + istatCode));
		List<Long> ids = this.jdbc.sql("select id from practice where status = 'PUBLISHED' and comune_code = ? order by start_date desc, id")
			.param(istatCode)
			.query(Long.class)
			.list();
		CatalogueQuery none = CatalogueQuery.empty();
		String provinceUrl = none.urlWith(CatalogueFilter.PROVINCIA,
				this.filters.option(CatalogueFilter.PROVINCIA, comune.province().carPlate()).orElseThrow());
		String sizeUrl = none.urlWith(CatalogueFilter.DIMENSIONE,
				this.filters.option(CatalogueFilter.DIMENSIONE, comune.sizeClass().code()).orElseThrow());
		return new ComuneOverview(comune, this.search.summaries(ids, classificationNames(), null), provinceUrl, sizeUrl);
	}

	public RegionOverview region(String slug) {
		Region region = this.territory.regionBySlug(slug).orElseThrow(() -> new NotFoundException("region " + slug));
		FilterOption regionOption = this.filters.option(CatalogueFilter.REGIONE, region.slug()).orElseThrow();
		CatalogueQuery inRegion = new CatalogueQuery("", Map.of(CatalogueFilter.REGIONE, List.of(regionOption)),
				CatalogueSort.TITOLO, false, 1, List.of());
		List<Long> ids = this.search.allIds(inRegion);
		List<PracticeSummary> all = this.search.summaries(ids, classificationNames(), null);
		Map<String, List<PracticeSummary>> byClassification = new LinkedHashMap<>();
		Taxonomy taxonomy = this.taxonomyService.taxonomy();
		taxonomy.classifications().forEach(c -> byClassification.put(c.name(), new ArrayList<>()));
		all.forEach(p -> byClassification.get(p.classificationName()).add(p));
		List<PracticeSummaries> groups = taxonomy.classifications()
			.stream()
			.map(c -> new PracticeSummaries(c.name(),
					inRegion.urlWith(CatalogueFilter.TIPO, this.filters.option(CatalogueFilter.TIPO, c.code()).orElseThrow()),
					byClassification.get(c.name())))
			.filter(g -> !g.practices().isEmpty())
			.toList();
		Map<String, Long> perProvince = this.jdbc.sql(
				"select province_code, count(*) from practice where status = 'PUBLISHED' and region_code = ? group by 1")
			.param(region.code())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<RegionOverview.ProvinceCount> provinces = this.territory.provincesOf(region)
			.stream()
			.map(p -> new RegionOverview.ProvinceCount(p, perProvince.getOrDefault(p.code(), 0L),
					inRegion.urlWith(CatalogueFilter.PROVINCIA,
							this.filters.option(CatalogueFilter.PROVINCIA, p.carPlate()).orElseThrow())))
			.sorted(Comparator.comparing((RegionOverview.ProvinceCount p) -> -p.practices())
				.thenComparing(p -> p.province().name()))
			.toList();
		return new RegionOverview(region, all.size(), groups, provinces);
	}

	private PracticeDetails details(Practice p) {
		Taxonomy t = this.taxonomyService.taxonomy();
		Comune comune = this.territory.comune(p.comuneCode).orElseThrow();
		return new PracticeDetails(p.id, p.slug, p.title, p.provenance, p.providerType, p.providerName, comune,
				t.terms(t.classifications(), List.of(p.classification)).get(0), t.terms(t.serviceAreas(), p.serviceAreas),
				t.terms(t.targetGroups(), p.targetGroups), t.terms(t.interventionKinds(), p.interventions),
				t.terms(t.channels(), p.channels), p.channelsNote, t.terms(t.tools(), p.tools), p.toolsNote,
				t.terms(t.fundingSources(), p.funding), p.description, p.partners, p.operatorsCount, p.technologies,
				p.startDate, p.beneficiaries, p.operatorsFeedback, p.citizensFeedback, p.innovation, p.continuation,
				p.continuationNote, p.contactOffice, p.contactEmail, p.contactPhone, p.contactUrl,
				p.sources.stream().map(s -> new PracticeDetails.Source(s.title(), s.url())).toList(), p.updatedAt);
	}

	private Map<String, String> classificationNames() {
		return this.taxonomyService.taxonomy()
			.classifications()
			.stream()
			.collect(Collectors.toMap(TaxonomyTerm::code, TaxonomyTerm::name));
	}

	private static List<String> codes(List<TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::code).toList();
	}

}
