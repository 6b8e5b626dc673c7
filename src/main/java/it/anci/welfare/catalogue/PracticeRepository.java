package it.anci.welfare.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeRepository extends JpaRepository<Practice, Long> {

	Optional<Practice> findBySlugAndStatus(String slug, PublicationStatus status);

	List<Practice> findBySlugInAndStatus(Collection<String> slugs, PublicationStatus status);

}
