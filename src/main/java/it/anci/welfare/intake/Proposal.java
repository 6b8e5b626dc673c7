package it.anci.welfare.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import it.anci.welfare.catalogue.CardColumns;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.Provenance;
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

/**
 * A municipality's proposal: the card as proposed (the card's own columns), who sent it,
 * its state.
 */
@Entity
@Table(name = "proposal")
class Proposal extends CardColumns {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Enumerated(EnumType.STRING)
	ProposalState state;

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

	/** The published card this proposal says it replicates, by its address. */
	String replicatesSlug;

	Instant createdAt;

	Instant updatedAt;

	@Version
	long version;

	@Override
	protected List<PracticeCard.Source> sources() {
		return this.sources;
	}

	@Override
	protected Provenance provenance() {
		return Provenance.PROPOSTA;
	}

	String title() {
		return this.title;
	}

	String comuneCode() {
		return this.comuneCode;
	}

	/**
	 * The card as typed; the office's contact stays on it only when the submitter allowed
	 * it to be shown.
	 */
	void write(PracticeCard card, boolean showContact, Instant now) {
		writeCard(card);
		this.showContact = showContact;
		this.updatedAt = now;
	}

	/**
	 * The card as it would be published: without the contact when the submitter did not
	 * allow it.
	 */
	PracticeCard publishedCard() {
		PracticeCard card = card();
		return this.showContact ? card
				: new PracticeCard(card.title(), card.provenance(), card.provider(), card.comuneCode(),
						card.classification(), card.service(), card.start(), card.feedback(), card.continuation(),
						PracticeCard.Contact.NONE, card.sources());
	}

}
