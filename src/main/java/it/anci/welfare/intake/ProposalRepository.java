package it.anci.welfare.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	Optional<Proposal> findByConfirmToken(UUID token);

	Optional<Proposal> findByPrivateToken(UUID token);

	List<Proposal> findByStateOrderByUpdatedAtDesc(ProposalState state);

	List<Proposal> findAllByOrderByUpdatedAtDesc();

}
