package it.anci.welfare.intake.web;

import it.anci.welfare.catalogue.CardInput;
import it.anci.welfare.intake.Proposals;
import it.anci.welfare.intake.Submitter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;

/**
 * The proposal form: the card as in the staff editor, who sends it, whether the office's contact may be shown on the
 * card, the consent to the privacy notice. {@code sito} is a field people never see: only robots fill it in.
 */
record ProposalForm(Long version, @Valid CardInput card, @Valid Submitter submitter, Boolean showContact,
		@AssertTrue(message = "Per inviare la proposta legga l'informativa sulla privacy e spunti la casella.") Boolean privacy,
		String sito) {

	ProposalForm {
		card = card == null ? CardInput.empty() : card;
		submitter = submitter == null ? new Submitter(null, null, null, null) : submitter;
	}

	static ProposalForm empty() {
		return new ProposalForm(0L, CardInput.empty(), new Submitter("", "", "", ""), false, false, "");
	}

	/** The submitter's own proposal, to edit through the private link (the consent was given when it was sent). */
	static ProposalForm of(Proposals.View proposal) {
		return new ProposalForm(proposal.version(), CardInput.of(proposal.card()), proposal.submitter(),
				proposal.showContact(), true, "");
	}

	boolean filledByRobot() {
		return this.sito != null && !this.sito.isBlank();
	}

	boolean contactShown() {
		return Boolean.TRUE.equals(this.showContact);
	}

}
