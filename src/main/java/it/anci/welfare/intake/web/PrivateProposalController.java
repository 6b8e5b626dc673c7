package it.anci.welfare.intake.web;

import java.util.Optional;

import it.anci.welfare.catalogue.editing.CardChecks;
import it.anci.welfare.catalogue.FollowUpInput;
import it.anci.welfare.catalogue.FollowUpState;
import it.anci.welfare.catalogue.PracticeUpdates;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.PrivateLinks;
import it.anci.welfare.files.FileDownloads;
import it.anci.welfare.intake.ProposalState;
import it.anci.welfare.intake.Proposals;
import it.anci.welfare.territory.Comune;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages a submitter reaches by a private link: the confirmation of the address, the
 * proposal's own page (its state, its documents, follow-ups once published) and, when the
 * editors ask for changes, the edit form. They are kept out of search engines and caches.
 */
@Controller
class PrivateProposalController {

	private final Proposals proposals;

	private final CardChecks checks;

	private final PracticeUpdates followUps;

	private final MessageSourceAccessor messages;

	private final FileDownloads downloads;

	private final ProposalFormPage page;

	PrivateProposalController(Proposals proposals, CardChecks checks, PracticeUpdates followUps, MessageSource messages,
			FileDownloads downloads, ProposalFormPage page) {
		this.proposals = proposals;
		this.checks = checks;
		this.followUps = followUps;
		this.messages = new MessageSourceAccessor(messages);
		this.downloads = downloads;
		this.page = page;
	}

	@GetMapping("/proposte/conferma/{token}")
	String confirmation(@PathVariable String token, Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		Optional<Proposals.View> proposal = PrivateLinks.token(token).flatMap(this.proposals::awaitingConfirmation);
		if (proposal.isEmpty()) {
			return invalidLink(Proposals.Confirmation.UNKNOWN, model, response);
		}
		model.addAttribute("proposal", proposal.get());
		model.addAttribute("token", token);
		return "intake/confirm";
	}

	/**
	 * A POST, so that a mail scanner opening the link does not confirm in the submitter's
	 * place.
	 */
	@PostMapping("/proposte/conferma/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		Optional<Proposals.View> proposal = PrivateLinks.token(token).flatMap(this.proposals::awaitingConfirmation);
		Proposals.Confirmation outcome = PrivateLinks.token(token)
			.map(this.proposals::confirm)
			.orElse(Proposals.Confirmation.UNKNOWN);
		if (outcome != Proposals.Confirmation.CONFIRMED) {
			return invalidLink(outcome, model, response);
		}
		return "redirect:/proposte/" + proposal.orElseThrow().privateToken() + "?confermata";
	}

	@GetMapping("/proposte/{token}")
	String status(@PathVariable String token, Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		return status(byPrivateLink(token), FollowUpInput.empty(), model);
	}

	@PostMapping("/proposte/{token}/aggiornamenti")
	String proposeFollowUp(@PathVariable String token, @Valid @ModelAttribute("followUp") FollowUpInput followUp,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PrivateLinks.protect(response);
		Proposals.View proposal = byPrivateLink(token);
		if (proposal.practiceSlug() == null) {
			throw new InvalidLinkException();
		}
		this.followUps.check(followUp, "", errors);
		if (errors.hasErrors()) {
			response.setStatus(422);
			return status(proposal, followUp, model);
		}
		this.proposals.proposeFollowUp(proposal.privateToken(), followUp);
		redirect.addFlashAttribute("message", this.messages.getMessage("intake.status.followUpSent"));
		return "redirect:/proposte/" + token;
	}

	private String status(Proposals.View proposal, FollowUpInput followUp, Model model) {
		model.addAttribute("proposal", proposal);
		model.addAttribute("followUp", followUp);
		model.addAttribute("followUpStates", FollowUpState.values());
		return "intake/status";
	}

	@GetMapping("/proposte/{token}/modifica")
	String edit(@PathVariable String token, Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		Proposals.View proposal = byPrivateLink(token);
		if (proposal.state() != ProposalState.DA_RIVEDERE) {
			return "redirect:/proposte/" + token;
		}
		model.addAttribute("editorMessage", proposal.editorMessage());
		return this.page.show(model, ProposalForm.of(proposal), token);
	}

	@PostMapping("/proposte/{token}/modifica")
	String resubmit(@PathVariable String token, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PrivateLinks.protect(response);
		Proposals.View proposal = byPrivateLink(token);
		if (proposal.state() != ProposalState.DA_RIVEDERE) {
			return "redirect:/proposte/" + token;
		}
		Optional<Comune> comune = this.checks.check(form.card(), "card", errors);
		if (errors.hasErrors()) {
			response.setStatus(422);
			model.addAttribute("editorMessage", proposal.editorMessage());
			return this.page.show(model, form, token);
		}
		this.proposals.resubmit(proposal.privateToken(), form.version() == null ? 0 : form.version(),
				form.card().toCard(Provenance.PROPOSTA, comune.get().istatCode()), form.contactShown());
		redirect.addFlashAttribute("message", this.messages.getMessage("intake.status.changesSent"));
		return "redirect:/proposte/" + token;
	}

	/** A document sent with the proposal, from its private page. */
	@GetMapping("/proposte/{token}/documenti/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String token, @PathVariable long documentId, WebRequest webRequest,
			HttpServletRequest request, HttpServletResponse response) {
		PrivateLinks.protect(response);
		Proposals.View proposal = byPrivateLink(token);
		return this.downloads.serve(this.proposals.document(proposal.id(), documentId)
			.orElseThrow(() -> new NotFoundException("document " + documentId + " of proposal " + proposal.id()))
			.file(), webRequest, request);
	}

	/**
	 * A private link that leads to no proposal (cut, mistyped, or of one never
	 * confirmed).
	 */
	private static final class InvalidLinkException extends RuntimeException {

	}

	private Proposals.View byPrivateLink(String token) {
		return PrivateLinks.token(token).flatMap(this.proposals::byPrivateLink).orElseThrow(InvalidLinkException::new);
	}

	@ExceptionHandler(InvalidLinkException.class)
	String invalidLink(Model model, HttpServletResponse response) {
		PrivateLinks.protect(response);
		return invalidLink(Proposals.Confirmation.UNKNOWN, model, response);
	}

	/**
	 * An unknown or used link is a 404, an expired one a 410: the page says which and
	 * what to do.
	 */
	private static String invalidLink(Proposals.Confirmation outcome, Model model, HttpServletResponse response) {
		boolean expired = outcome == Proposals.Confirmation.EXPIRED;
		response.setStatus(expired ? 410 : 404);
		model.addAttribute("expired", expired);
		return "intake/invalid-link";
	}

}
