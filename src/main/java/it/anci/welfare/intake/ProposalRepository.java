package it.anci.welfare.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	Optional<Proposal> findByConfirmToken(UUID token);

	Optional<Proposal> findByPrivateToken(UUID token);

	List<Proposal> findByStateOrderByUpdatedAtDesc(ProposalState state);

	List<Proposal> findAllByOrderByUpdatedAtDesc();

	long countByState(ProposalState state);

	@Query("select p.state, count(p) from Proposal p group by p.state")
	List<Object[]> countPerState();

}
