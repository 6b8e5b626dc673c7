package it.anci.welfare.catalogue;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeUpdateRepository extends JpaRepository<PracticeUpdate, Long> {

	List<PracticeUpdate> findByPracticeIdOrderByDayDescIdDesc(long practiceId);

	List<PracticeUpdate> findByPracticeIdAndApprovedAtIsNotNullOrderByDayDescIdDesc(long practiceId);

	/** The latest approved follow-up of each of these cards. */
	@Query(value = """
			select distinct on (practice_id) * from practice_update
			where approved_at is not null and practice_id in (:ids)
			order by practice_id, day desc, id desc""", nativeQuery = true)
	List<PracticeUpdate> findLatestApproved(Collection<Long> ids);

	long countByApprovedAtIsNull();

	List<PracticeUpdate> findByApprovedAtIsNullOrderByCreatedAtAsc();

}
