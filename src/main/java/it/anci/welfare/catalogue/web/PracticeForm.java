package it.anci.welfare.catalogue.web;

import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.editing.CardInput;
import it.anci.welfare.common.FormSubmissions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The staff form of a practice card: the typed card, where it comes from, and whether it
 * is published.
 */
record PracticeForm(Long id, Long version, String submissionToken,
		@NotNull(message = "{catalogue.card.provenance.required}") Provenance provenance, @Valid CardInput card,
		Boolean published) {

	PracticeForm {
		card = card == null ? CardInput.empty() : card;
	}

	static PracticeForm empty() {
		return new PracticeForm(null, 0L, FormSubmissions.newToken(), Provenance.FONTE_PUBBLICA, CardInput.empty(),
				false);
	}

	static PracticeForm of(PracticeEditor.Draft draft) {
		return new PracticeForm(draft.id(), draft.version(), null, draft.card().provenance(),
				CardInput.of(draft.card()), draft.published());
	}

	boolean isPublished() {
		return Boolean.TRUE.equals(this.published);
	}

	PracticeEditor.Draft toDraft(String comuneCode) {
		return new PracticeEditor.Draft(this.id, this.version == null ? 0 : this.version,
				this.card.toCard(this.provenance, comuneCode), isPublished());
	}

}
