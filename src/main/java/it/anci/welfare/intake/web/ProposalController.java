package it.anci.welfare.intake.web;

import java.util.Optional;
import java.util.UUID;

import it.anci.welfare.catalogue.CardChecks;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.intake.ProposalState;
import it.anci.welfare.intake.Proposals;
import it.anci.welfare.territory.Comune;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Proponi una pratica": the public form, the confirmation link, the submitter's private page and, when the editors
 * ask for changes, the edit form. Pages reached by a private link are kept out of search engines and caches.
 */
@Controller
class ProposalController {

	private static final String SENT = "redirect:/pratiche/proponi/inviata";

	private final Proposals proposals;

	private final CardChecks checks;

	ProposalController(Proposals proposals, CardChecks checks) {
		this.proposals = proposals;
		this.checks = checks;
	}

	@GetMapping("/pratiche/proponi")
	String form(Model model, HttpServletResponse response) {
		privatePage(response);
		return form(model, ProposalForm.empty(), null);
	}

	@PostMapping("/pratiche/proponi")
	String submit(@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		privatePage(response);
		if (form.filledByRobot()) {
			// a robot is told what a person is told, and nothing is stored or sent
			return SENT;
		}
		Optional<Comune> comune = this.checks.check(form.card(), "card", errors);
		if (errors.hasErrors()) {
			response.setStatus(422);
			return form(model, form, null);
		}
		Proposals.Submission submission = this.proposals.submit(
				form.card().toCard(Provenance.PROPOSTA, comune.get().istatCode()), form.submitter(), form.contactShown(),
				request.getRemoteAddr());
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

	@GetMapping("/pratiche/proponi/inviata")
	String sent(HttpServletResponse response) {
		privatePage(response);
		return "intake/sent";
	}

	@GetMapping("/proposte/conferma/{token}")
	String confirmation(@PathVariable String token, Model model, HttpServletResponse response) {
		privatePage(response);
		Optional<Proposals.View> proposal = uuid(token).flatMap(this.proposals::awaitingConfirmation);
		if (proposal.isEmpty()) {
			return invalidLink(Proposals.Confirmation.UNKNOWN, model, response);
		}
		model.addAttribute("proposal", proposal.get());
		model.addAttribute("token", token);
		return "intake/confirm";
	}

	/** A POST, so that a mail scanner opening the link does not confirm in the submitter's place. */
	@PostMapping("/proposte/conferma/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		privatePage(response);
		Optional<Proposals.View> proposal = uuid(token).flatMap(this.proposals::awaitingConfirmation);
		Proposals.Confirmation outcome = uuid(token).map(this.proposals::confirm).orElse(Proposals.Confirmation.UNKNOWN);
		if (outcome != Proposals.Confirmation.CONFIRMED) {
			return invalidLink(outcome, model, response);
		}
		return "redirect:/proposte/" + proposal.orElseThrow().privateToken() + "?confermata";
	}

	@GetMapping("/proposte/{token}")
	String status(@PathVariable String token, Model model, HttpServletResponse response) {
		privatePage(response);
		Optional<Proposals.View> proposal = uuid(token).flatMap(this.proposals::byPrivateLink);
		if (proposal.isEmpty()) {
			return invalidLink(Proposals.Confirmation.UNKNOWN, model, response);
		}
		model.addAttribute("proposal", proposal.get());
		return "intake/status";
	}

	@GetMapping("/proposte/{token}/modifica")
	String edit(@PathVariable String token, Model model, HttpServletResponse response) {
		privatePage(response);
		Optional<Proposals.View> proposal = uuid(token).flatMap(this.proposals::byPrivateLink);
		if (proposal.isEmpty()) {
			return invalidLink(Proposals.Confirmation.UNKNOWN, model, response);
		}
		if (proposal.get().state() != ProposalState.DA_RIVEDERE) {
			return "redirect:/proposte/" + token;
		}
		return form(model, ProposalForm.of(proposal.get()), token);
	}

	@PostMapping("/proposte/{token}/modifica")
	String resubmit(@PathVariable String token, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		privatePage(response);
		Optional<Proposals.View> proposal = uuid(token).flatMap(this.proposals::byPrivateLink);
		if (proposal.isEmpty()) {
			return invalidLink(Proposals.Confirmation.UNKNOWN, model, response);
		}
		if (proposal.get().state() != ProposalState.DA_RIVEDERE) {
			return "redirect:/proposte/" + token;
		}
		Optional<Comune> comune = this.checks.check(form.card(), "card", errors);
		if (errors.hasErrors()) {
			response.setStatus(422);
			return form(model, form, token);
		}
		this.proposals.resubmit(proposal.get().privateToken(), form.version() == null ? 0 : form.version(),
				form.card().toCard(Provenance.PROPOSTA, comune.get().istatCode()), form.contactShown());
		redirect.addFlashAttribute("message", "Modifiche inviate: la proposta torna alla redazione per la verifica.");
		return "redirect:/proposte/" + token;
	}

	/** {@code token} is the private link's when the submitter edits a proposal sent back, null for a new one. */
	private String form(Model model, ProposalForm form, String token) {
		model.addAttribute("form", form);
		model.addAttribute("token", token);
		model.addAllAttributes(this.checks.formAttributes(form.card()));
		return "intake/form";
	}

	/** An unknown or used link is a 404, an expired one a 410: the page says which and what to do. */
	private static String invalidLink(Proposals.Confirmation outcome, Model model, HttpServletResponse response) {
		boolean expired = outcome == Proposals.Confirmation.EXPIRED;
		response.setStatus(expired ? 410 : 404);
		model.addAttribute("expired", expired);
		return "intake/invalid-link";
	}

	/** Kept out of search engines and of every cache: the address holds a token, or the page a form's. */
	private static void privatePage(HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader("Cache-Control", "no-store");
	}

	private static Optional<UUID> uuid(String token) {
		try {
			return Optional.of(UUID.fromString(token));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
