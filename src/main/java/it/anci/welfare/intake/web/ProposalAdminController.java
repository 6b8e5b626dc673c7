package it.anci.welfare.intake.web;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

import it.anci.welfare.catalogue.editing.CardChecks;
import it.anci.welfare.catalogue.Comparison;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.files.FileDownloads;
import it.anci.welfare.intake.Moderation;
import it.anci.welfare.intake.ProposalDecidedException;
import it.anci.welfare.intake.ProposalState;
import it.anci.welfare.intake.Proposals;
import it.anci.welfare.territory.Comune;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' moderation queue of the municipalities' proposals, under
 * /admin/pratiche/proposte.
 */
@Controller
class ProposalAdminController {

	private static final String BASE = "/admin/pratiche/proposte";

	private final Moderation proposals;

	private final CardChecks checks;

	private final MessageSourceAccessor messages;

	private final Proposals submissions;

	private final FileDownloads downloads;

	ProposalAdminController(Moderation proposals, CardChecks checks, MessageSource messages, Proposals submissions,
			FileDownloads downloads) {
		this.submissions = submissions;
		this.downloads = downloads;
		this.messages = new MessageSourceAccessor(messages);
		this.proposals = proposals;
		this.checks = checks;
	}

	@GetMapping(BASE)
	String queue(@RequestParam(name = "stato", defaultValue = "da-moderare") String state, Model model) {
		Optional<ProposalState> shown = ProposalState.fromSlug(state);
		model.addAttribute("counts", this.proposals.counts());
		model.addAttribute("shown", shown.orElse(null));
		model.addAttribute("rows", this.proposals.queue(shown));
		model.addAttribute("states", ProposalState.values());
		return "admin/proposals/list";
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable long id, Model model) {
		Proposals.View proposal = this.proposals.proposal(id);
		model.addAttribute("proposal", proposal);
		model.addAttribute("fields", Comparison.of(java.util.List.of(proposal.details())).rows());
		model.addAttribute("duplicates", this.proposals.possibleDuplicates(id));
		model.addAttribute("history", this.proposals.history(id));
		return "admin/proposals/show";
	}

	/** A document sent with the proposal. */
	@GetMapping(BASE + "/{id}/documenti/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId, WebRequest webRequest,
			HttpServletRequest request) {
		return this.downloads.serve(this.submissions.document(id, documentId)
			.orElseThrow(() -> new NotFoundException("document " + documentId + " of proposal " + id))
			.file(), webRequest, request);
	}

	@GetMapping(BASE + "/{id}/modifica")
	String edit(@PathVariable long id, Model model) {
		Proposals.View proposal = this.proposals.proposal(id);
		return form(model, id, ProposalForm.of(proposal));
	}

	@PostMapping(BASE + "/{id}/modifica")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<Comune> comune = this.checks.check(form.card(), "card", errors);
		if (errors.hasErrors()) {
			response.setStatus(422);
			return form(model, id, form);
		}
		this.proposals.edit(id, form.version() == null ? 0 : form.version(),
				form.card().toCard(Provenance.PROPOSTA, comune.get().istatCode()), form.contactShown(),
				principal.getName());
		redirect.addFlashAttribute("message", this.messages.getMessage("intake.admin.edited"));
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping(BASE + "/{id}/pubblica")
	String publish(@PathVariable long id, @RequestParam long version, Principal principal,
			RedirectAttributes redirect) {
		String slug = this.proposals.publish(id, version, principal.getName());
		redirect.addFlashAttribute("message",
				this.messages.getMessage("intake.admin.published", new Object[] { "/pratiche/" + slug }));
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping(BASE + "/{id}/rinvia")
	String askForChanges(@PathVariable long id, @RequestParam long version,
			@RequestParam(name = "messaggio", defaultValue = "") String message, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (message.isBlank()) {
			return refused(id, this.messages.getMessage("intake.admin.changes.required"), model, response);
		}
		this.proposals.askForChanges(id, version, message, principal.getName());
		redirect.addFlashAttribute("message", this.messages.getMessage("intake.admin.changes.sent"));
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping(BASE + "/{id}/respingi")
	String reject(@PathVariable long id, @RequestParam long version,
			@RequestParam(name = "motivo", defaultValue = "") String reason, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (reason.isBlank()) {
			return refused(id, this.messages.getMessage("intake.admin.reject.required"), model, response);
		}
		this.proposals.reject(id, version, reason, principal.getName());
		redirect.addFlashAttribute("message", this.messages.getMessage("intake.admin.rejected"));
		return "redirect:" + BASE + "/" + id;
	}

	@ExceptionHandler(ProposalDecidedException.class)
	ModelAndView decided(ProposalDecidedException ex) {
		return new ModelAndView("error/400",
				Map.of("message",
						this.messages.getMessage("intake.admin.decided",
								new Object[] { this.messages.getMessage("intake.state." + ex.state())
									.toLowerCase(LocaleContextHolder.getLocale()) }),
						"status", 409),
				HttpStatus.CONFLICT);
	}

	private String refused(long id, String problem, Model model, HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("decisionError", problem);
		return show(id, model);
	}

	private String form(Model model, long id, ProposalForm form) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAllAttributes(this.checks.formAttributes(form.card()));
		return "admin/proposals/form";
	}

}
