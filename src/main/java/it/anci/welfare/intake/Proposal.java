package it.anci.welfare.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.StartDate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A municipality's proposal: the card as proposed (the card's own groups and columns), who sent it, its state. */
@Entity
@Table(name = "proposal")
class Proposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Enumerated(EnumType.STRING)
	ProposalState state;

	String title;

	@Embedded
	PracticeCard.Provider provider;

	String comuneCode;

	@Embedded
	PracticeCard.Classification classification;

	@Embedded
	PracticeCard.Service service;

	@Embedded
	StartDate start;

	@Embedded
	PracticeCard.Feedback feedback;

	@Embedded
	PracticeCard.Continuity continuation;

	@Embedded
	PracticeCard.Contact contact;

	@ElementCollection
	@CollectionTable(name = "proposal_source", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "position")
	List<PracticeCard.Source> sources = new ArrayList<>();

	@Embedded
	Submitter submitter;

	boolean showContact;

	Instant consentAt;

	UUID confirmToken;

	Instant confirmBy;

	UUID privateToken;

	String editorMessage;

	Long practiceId;

	Instant createdAt;

	Instant updatedAt;

	@Version
	long version;

	PracticeCard card() {
		return new PracticeCard(this.title, Provenance.PROPOSTA, this.provider, this.comuneCode, this.classification,
				this.service, this.start, this.feedback, this.continuation, this.contact, this.sources);
	}

	/** The card as typed; the office's contact stays on it only when the submitter allowed it to be shown. */
	void write(PracticeCard card, boolean showContact, Instant now) {
		this.title = card.title().strip();
		this.provider = card.provider();
		this.comuneCode = card.comuneCode();
		this.classification = card.classification();
		this.service = card.service();
		this.start = card.start();
		this.feedback = card.feedback();
		this.continuation = card.continuation();
		this.contact = card.contact();
		this.sources.clear();
		this.sources.addAll(card.sources());
		this.showContact = showContact;
		this.updatedAt = now;
	}

	/** The card as it would be published: without the contact when the submitter did not allow it. */
	PracticeCard publishedCard() {
		PracticeCard card = card();
		return this.showContact ? card
				: new PracticeCard(card.title(), card.provenance(), card.provider(), card.comuneCode(),
						card.classification(), card.service(), card.start(), card.feedback(), card.continuation(),
						PracticeCard.Contact.NONE, card.sources());
	}

}
