package it.anci.welfare.intake;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalEventRepository extends JpaRepository<ProposalEvent, Long> {

	List<ProposalEvent> findByProposalIdOrderByAtAscIdAsc(long proposalId);

}
