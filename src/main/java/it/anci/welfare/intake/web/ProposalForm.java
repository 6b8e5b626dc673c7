package it.anci.welfare.intake.web;

import it.anci.welfare.catalogue.editing.CardInput;
import it.anci.welfare.intake.Proposals;
import it.anci.welfare.intake.Submitter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * The proposal form: the card as in the staff editor, who sends it, whether the office's
 * contact may be shown on the card, the consent to the privacy notice. {@code sito} is a
 * field people never see: only robots fill it in.
 */
record ProposalForm(Long version, @Valid CardInput card, @Valid Submitter submitter, Boolean showContact,
		@NotNull(message = CONSENT) @AssertTrue(message = CONSENT) Boolean privacy, String replica, String sito) {

	ProposalForm {
		card = card == null ? CardInput.empty() : card;
		submitter = submitter == null ? new Submitter(null, null, null, null) : submitter;
	}

	/**
	 * {@code replica}: the address of the published card the municipality replicated, or
	 * null.
	 */
	static ProposalForm empty(String replica) {
		return new ProposalForm(0L, CardInput.empty(), new Submitter("", "", "", ""), false, false, replica, "");
	}

	/**
	 * The submitter's own proposal, to edit through the private link (the consent was
	 * given when it was sent).
	 */
	static ProposalForm of(Proposals.View proposal) {
		return new ProposalForm(proposal.version(), CardInput.of(proposal.card()), proposal.submitter(),
				proposal.showContact(), true, proposal.replicatesSlug(), "");
	}

	static final String CONSENT = "{intake.form.privacy.required}";

	boolean filledByRobot() {
		return this.sito != null && !this.sito.isBlank();
	}

	boolean contactShown() {
		return Boolean.TRUE.equals(this.showContact);
	}

}
