package it.anci.welfare.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.anci.welfare.catalogue.taxonomy.TaxonomyService;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stored cards as their pages show them: their content, comune, taxonomy names, approved
 * follow-ups and replications; and the published cards a new text may repeat.
 */
@Component
class PublishedCards {

	private final JdbcClient jdbc;

	private final PracticeRepository practices;

	private final PracticeUpdates updates;

	private final TaxonomyService taxonomyService;

	private final TerritoryService territory;

	PublishedCards(JdbcClient jdbc, PracticeRepository practices, PracticeUpdates updates,
			TaxonomyService taxonomyService, TerritoryService territory) {
		this.jdbc = jdbc;
		this.practices = practices;
		this.updates = updates;
		this.taxonomyService = taxonomyService;
		this.territory = territory;
	}

	PracticeDetails published(String slug) {
		Practice practice = this.practices.findBySlugAndStatus(slug, PublicationStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("practice " + slug));
		return details(practice);
	}

	PracticeDetails any(long id) {
		return details(this.practices.findById(id).orElseThrow(() -> new NotFoundException("practice " + id)));
	}

	/** Published practices by slug, in the order asked, unknown slugs left out. */
	List<PracticeDetails> published(List<String> slugs) {
		Map<String, Practice> found = this.practices.findBySlugInAndStatus(slugs, PublicationStatus.PUBLISHED)
			.stream()
			.collect(Collectors.toMap(p -> p.slug, Function.identity()));
		return slugs.stream().distinct().map(found::get).filter(Objects::nonNull).map(this::details).toList();
	}

	Optional<Long> publishedId(String slug) {
		return this.practices.findBySlugAndStatus(slug, PublicationStatus.PUBLISHED).map(p -> p.id);
	}

	/**
	 * Published cards of the same comune with a similar title or description, and cards
	 * anywhere with a very similar title (trigram similarity, {@code pg_trgm}), most
	 * similar first.
	 */
	List<CatalogueService.PossibleDuplicate> possibleDuplicates(PracticeCard card) {
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
			.query((rs, n) -> new CatalogueService.PossibleDuplicate(rs.getString(1), rs.getString(2), rs.getString(3),
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

}
