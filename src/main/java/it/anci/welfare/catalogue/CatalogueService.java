package it.anci.welfare.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.Pagination;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.Region;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public read API of the catalogue of practices. Only published cards are ever returned.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

	private static final int SIMILAR_COUNT = 4;

	/** Cards listed per classification on a region page; the link leads to the rest. */
	static final int REGION_GROUP_SIZE = 10;

	private final JdbcClient jdbc;

	private final CatalogueSearch search;

	private final CatalogueFilters filters;

	private final TaxonomyService taxonomyService;

	private final TerritoryService territory;

	private final PracticeRepository practices;

	private final PracticeUpdates updates;

	private final FacetIndex facets;

	private final SearchHelp help;

	CatalogueService(JdbcClient jdbc, CatalogueSearch search, CatalogueFilters filters, TaxonomyService taxonomyService,
			TerritoryService territory, PracticeRepository practices, FacetIndex facets, SearchHelp help,
			PracticeUpdates updates) {
		this.updates = updates;
		this.help = help;
		this.jdbc = jdbc;
		this.search = search;
		this.filters = filters;
		this.taxonomyService = taxonomyService;
		this.territory = territory;
		this.practices = practices;
		this.facets = facets;
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
		List<PracticeSummary> items = this.search.summaries(ids, classificationNames(), query);
		List<Facet> facets = new ArrayList<>();
		// provinces are listed as check boxes for the chosen regions only, the others are
		// in a menu
		java.util.Set<String> chosenRegions = query.selected(CatalogueFilter.REGIONE)
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
	 * Slugs of every published card and codes of the comuni that lead at least one (for
	 * the sitemap).
	 */
	public record PublishedPaths(List<String> practices, List<String> comuni) {
	}

	public PublishedPaths publishedPaths() {
		return new PublishedPaths(
				this.jdbc.sql("select slug from published_practice order by slug").query(String.class).list(),
				this.jdbc.sql("select distinct comune_code from published_practice order by 1")
					.query(String.class)
					.list());
	}

	public PracticeDetails practice(String slug) {
		Practice practice = this.practices.findBySlugAndStatus(slug, PublicationStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("practice " + slug));
		return details(practice);
	}

	/**
	 * Any card, draft or published, as its public page would show it: for the staff
	 * preview.
	 */
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

	/**
	 * Practices with the same service areas and target groups, preferring comuni of a
	 * similar size.
	 */
	public List<PracticeSummary> similar(PracticeDetails practice) {
		PracticeCard.Classification c = practice.card().classification();
		List<Long> ids = this.search.similar(practice.id(), c.serviceAreas(), c.targetGroups(), c.interventions(),
				practice.comune().sizeClass(), SIMILAR_COUNT);
		return this.search.summaries(ids, classificationNames(), null);
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
		return new ComuneOverview(comune, this.search.summaries(ids, classificationNames(), null), provinceUrl,
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
		List<PracticeSummary> cards = this.search.summaries(idsByGroup.stream().flatMap(List::stream).toList(),
				classificationNames(), null);
		List<PracticeSummaries> groups = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < shown.size(); i++) {
			int to = from + idsByGroup.get(i).size();
			groups.add(new PracticeSummaries(shown.get(i).name(), urls.get(i),
					perClassification.get(shown.get(i).code()), cards.subList(from, to)));
			from = to;
		}
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

	/**
	 * A card not stored (a proposal), as its page would show it: its comune and the names
	 * of its codes.
	 */
	public PracticeDetails details(PracticeCard card) {
		Comune comune = this.territory.comune(card.comuneCode()).orElseThrow();
		return new PracticeDetails(0, null, card, comune,
				PracticeDetails.Terms.of(card, this.taxonomyService.taxonomy()), null, null, List.of(),
				PracticeDetails.Replications.NONE, null);
	}

	/** A published card that may tell the same practice as another text. */
	public record PossibleDuplicate(String slug, String title, String comuneName, boolean sameComune) {
	}

	/**
	 * Published cards of the same comune with a similar title or description, and cards
	 * anywhere with a very similar title (trigram similarity, {@code pg_trgm}), most
	 * similar first.
	 */
	public List<PossibleDuplicate> possibleDuplicates(PracticeCard card) {
		return this.jdbc.sql("""
				select p.slug, p.title, c.name, p.comune_code = :comune
				from published_practice p join comune c on c.istat_code = p.comune_code
				where ((p.comune_code = :comune and (similarity(p.title, :title) > 0.3
				        or similarity(p.description, :description) > 0.3))
				       or similarity(p.title, :title) > 0.6)
				order by greatest(similarity(p.title, :title), similarity(p.description, :description)) desc
				limit 5""")
			.param("comune", card.comuneCode())
			.param("title", card.title())
			.param("description", card.service().description())
			.query((rs, n) -> new PossibleDuplicate(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getBoolean(4)))
			.list();
	}

	private PracticeDetails details(Practice p) {
		return PracticeDetails.of(p, this.territory.comune(p.comuneCode).orElseThrow(), this.taxonomyService.taxonomy(),
				this.updates.published(p.id), replications(p));
	}

	/**
	 * The published card {@code p} replicates, and the published cards that replicate it,
	 * oldest first.
	 */
	private PracticeDetails.Replications replications(Practice p) {
		String linked = """
				select p.slug, p.title, c.name as comune_name from published_practice p
				join comune c on c.istat_code = p.comune_code where\s""";
		PracticeDetails.Linked original = p.replicatesId == null ? null
				: this.jdbc.sql(linked + "p.id = ?")
					.param(p.replicatesId)
					.query(PracticeDetails.Linked.class)
					.optional()
					.orElse(null);
		List<PracticeDetails.Linked> replicas = this.jdbc
			.sql(linked + "p.replicates_id = ? order by p.created_at, p.id")
			.param(p.id)
			.query(PracticeDetails.Linked.class)
			.list();
		return new PracticeDetails.Replications(original, replicas);
	}

	/**
	 * The id of the published card {@code slug}, if there is one: what a proposal says it
	 * replicates.
	 */
	public Optional<Long> publishedId(String slug) {
		return this.practices.findBySlugAndStatus(slug, PublicationStatus.PUBLISHED).map(p -> p.id);
	}

	private Map<String, String> classificationNames() {
		return this.taxonomyService.taxonomy()
			.classifications()
			.stream()
			.collect(Collectors.toMap(TaxonomyTerm::code, TaxonomyTerm::name));
	}

}
