package it.anci.welfare.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, Long> {

	Optional<Practice> findBySlugAndStatus(String slug, PublicationStatus status);

	/**
	 * Whole cards with their sources, in one statement (the exports read them a thousand
	 * at a time).
	 */
	@Query("select distinct p from Practice p left join fetch p.sources where p.id in :ids")
	List<Practice> findWithSources(Collection<Long> ids);

	boolean existsBySlug(String slug);

	/** The cards of an import source with these external ids, with their sources. */
	@Query("select distinct p from Practice p left join fetch p.sources where p.importSourceId = :source and p.externalId in :ids")
	List<Practice> findImported(long source, Collection<String> ids);

	List<Practice> findBySlugInAndStatus(Collection<String> slugs, PublicationStatus status);

}
