package it.anci.welfare.intake.web;

import it.anci.welfare.catalogue.editing.CardChecks;
import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.intake.Proposals;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The proposal form as both its pages show it: a new proposal, and one sent back. */
@Component
class ProposalFormPage {

	private final CatalogueService catalogue;

	private final CardChecks checks;

	ProposalFormPage(CatalogueService catalogue, CardChecks checks) {
		this.catalogue = catalogue;
		this.checks = checks;
	}

	/**
	 * {@code token} is the private link's when the submitter edits a proposal sent back,
	 * null for a new one.
	 */
	String show(Model model, ProposalForm form, String token) {
		model.addAttribute("form", form);
		model.addAttribute("original",
				form.replica() == null || form.replica().isBlank() ? null
						: this.catalogue.publishedId(form.replica())
							.map(id -> this.catalogue.practice(form.replica()))
							.orElse(null));
		model.addAttribute("token", token);
		model.addAllAttributes(this.checks.formAttributes(form.card()));
		model.addAttribute("maxDocuments", Proposals.MAX_DOCUMENTS);
		return "intake/form";
	}

}
