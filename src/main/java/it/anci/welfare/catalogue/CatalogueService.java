package it.anci.welfare.catalogue;

import java.util.List;
import java.util.Optional;

import it.anci.welfare.catalogue.search.PlaceOverviews;
import it.anci.welfare.catalogue.search.SearchPages;
import it.anci.welfare.catalogue.taxonomy.TaxonomyService;
import it.anci.welfare.territory.Comune;
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

	private final JdbcClient jdbc;

	private final SearchPages pages;

	private final PlaceOverviews places;

	private final PublishedCards cards;

	private final TaxonomyService taxonomyService;

	private final TerritoryService territory;

	CatalogueService(JdbcClient jdbc, SearchPages pages, PlaceOverviews places, PublishedCards cards,
			TaxonomyService taxonomyService, TerritoryService territory) {
		this.jdbc = jdbc;
		this.pages = pages;
		this.places = places;
		this.cards = cards;
		this.taxonomyService = taxonomyService;
		this.territory = territory;
	}

	/**
	 * Counted from the facet index: the same SQL aggregates cost 260 ms at 100,000 cards
	 * (perf/README.md).
	 */
	public CatalogueOverview overview() {
		return this.pages.overview();
	}

	/**
	 * A page of the catalogue: results, total, facet counts and map, in at most three SQL
	 * statements.
	 */
	public CataloguePage search(CatalogueQuery requested) {
		return this.pages.search(requested);
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
		return this.cards.published(slug);
	}

	/**
	 * Any card, draft or published, as its public page would show it: for the staff
	 * preview.
	 */
	public PracticeDetails preview(long id) {
		return this.cards.any(id);
	}

	/** Published practices by slug, in the order asked, unknown slugs left out. */
	public List<PracticeDetails> practices(List<String> slugs) {
		return this.cards.published(slugs);
	}

	/**
	 * Practices with the same service areas and target groups, preferring comuni of a
	 * similar size.
	 */
	public List<PracticeSummary> similar(PracticeDetails practice) {
		return this.pages.similar(practice);
	}

	public ComuneOverview comune(String istatCode) {
		return this.places.comune(istatCode);
	}

	/**
	 * The region page: counts per classification and province, and the first cards of
	 * each classification.
	 */
	public RegionOverview region(String slug) {
		return this.places.region(slug);
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
		return this.cards.possibleDuplicates(card);
	}

	/**
	 * The id of the published card {@code slug}, if there is one: what a proposal says it
	 * replicates.
	 */
	public Optional<Long> publishedId(String slug) {
		return this.cards.publishedId(slug);
	}

}
