package it.anci.welfare.intake.web;

import java.util.List;
import java.util.Optional;

import it.anci.welfare.catalogue.CardChecks;
import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.FollowUpInput;
import it.anci.welfare.catalogue.FollowUpState;
import it.anci.welfare.catalogue.PracticeUpdates;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.PrivateLinks;
import it.anci.welfare.files.FileDownloads;
import it.anci.welfare.files.UploadRejectedException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Proponi una pratica": the public form, the confirmation link, the submitter's private
 * page and, when the editors ask for changes, the edit form. Pages reached by a private
 * link are kept out of search engines and caches.
 */
@Controller
class ProposalController {

	private static final String SENT = "redirect:/pratiche/proponi/inviata";

	private final Proposals proposals;

	private final CardChecks checks;

	private final PracticeUpdates followUps;

	private final CatalogueService catalogue;

	private final MessageSourceAccessor messages;

	private final FileDownloads downloads;

	ProposalController(Proposals proposals, CardChecks checks, PracticeUpdates followUps, CatalogueService catalogue,
			MessageSource messages, FileDownloads downloads) {
		this.messages = new MessageSourceAccessor(messages);
		this.downloads = downloads;
		this.catalogue = catalogue;
		this.proposals = proposals;
		this.checks = checks;
		this.followUps = followUps;
	}

	/**
	 * {@code replica}: "L'abbiamo replicata", from the card of the practice the
	 * municipality took up.
	 */
	@GetMapping("/pratiche/proponi")
	String form(@RequestParam(name = "replica", required = false) String replica, Model model,
			HttpServletResponse response) {
		PrivateLinks.protect(response);
		return form(model, ProposalForm.empty(replica), null);
	}

	/**
	 * A browser never keeps a chosen file: when the form comes back, the page says to
	 * choose the documents again ({@code documentsLost}).
	 */
	@PostMapping("/pratiche/proponi")
	String submit(@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
			@RequestParam(name = "documenti", required = false) List<MultipartFile> documenti, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		PrivateLinks.protect(response);
		if (form.filledByRobot()) {
			// a robot is told what a person is told, and nothing is stored or sent
			return SENT;
		}
		List<MultipartFile> documents = documenti == null ? List.of()
				: documenti.stream().filter(d -> !d.isEmpty()).toList();
		model.addAttribute("documentsLost", !documents.isEmpty());
		Optional<Comune> comune = this.checks.check(form.card(), "card", errors);
		if (documents.size() > Proposals.MAX_DOCUMENTS) {
			errors.reject("intake.documents.tooMany", new Object[] { Proposals.MAX_DOCUMENTS, documents.size() }, null);
		}
		if (errors.hasErrors()) {
			response.setStatus(422);
			return form(model, form, null);
		}
		Proposals.Submission submission;
		try {
			submission = this.proposals.submit(form.card().toCard(Provenance.PROPOSTA, comune.get().istatCode()),
					form.submitter(), form.contactShown(), form.replica(), request.getRemoteAddr(), documents);
		}
		catch (UploadRejectedException rejected) {
			errors.reject("intake.documents.rejected", new Object[] { rejected.text() }, null);
			response.setStatus(422);
			return form(model, form, null);
		}
		if (!submission.accepted()) {
			// the form again, with everything typed, and what to do
			response.setStatus(429);
			response.setHeader("Retry-After", "3600");
			model.addAttribute("tooMany", true);
			return form(model, form, null);
		}
		redirect.addFlashAttribute("email", submission.email());
		return SENT;
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

	@GetMapping("/pratiche/proponi/inviata")
	String sent(HttpServletResponse response) {
		PrivateLinks.protect(response);
		return "intake/sent";
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
		return form(model, ProposalForm.of(proposal), token);
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
			return form(model, form, token);
		}
		this.proposals.resubmit(proposal.privateToken(), form.version() == null ? 0 : form.version(),
				form.card().toCard(Provenance.PROPOSTA, comune.get().istatCode()), form.contactShown());
		redirect.addFlashAttribute("message", this.messages.getMessage("intake.status.changesSent"));
		return "redirect:/proposte/" + token;
	}

	/**
	 * {@code token} is the private link's when the submitter edits a proposal sent back,
	 * null for a new one.
	 */
	private String form(Model model, ProposalForm form, String token) {
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
