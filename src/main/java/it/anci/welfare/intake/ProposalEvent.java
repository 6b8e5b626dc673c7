package it.anci.welfare.intake;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a proposal's history: who moved it to which state, with the message they
 * wrote.
 */
@Entity
@Table(name = "proposal_event")
class ProposalEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	Long proposalId;

	Instant at;

	String actor;

	@Enumerated(EnumType.STRING)
	ProposalState state;

	String message;

	static ProposalEvent of(long proposalId, Instant at, String actor, ProposalState state, String message) {
		ProposalEvent event = new ProposalEvent();
		event.proposalId = proposalId;
		event.at = at;
		event.actor = actor;
		event.state = state;
		event.message = message;
		return event;
	}

}
