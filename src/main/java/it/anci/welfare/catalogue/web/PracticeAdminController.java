package it.anci.welfare.catalogue.web;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.FollowUpInput;
import it.anci.welfare.catalogue.FollowUpState;
import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.catalogue.PracticeUpdates;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.editing.CardChecks;
import it.anci.welfare.common.AdminSaves;
import it.anci.welfare.common.DuplicateTitles;
import it.anci.welfare.common.ItemKind;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.territory.Comune;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff editing of practice cards under /admin/pratiche: every field, publication,
 * preview, deletion.
 */
@Controller
class PracticeAdminController {

	private final AdminSaves saves;

	private final PracticeEditor editor;

	private final CatalogueService catalogue;

	private final CardChecks checks;

	private final PracticeUpdates updates;

	private final MessageSourceAccessor messages;

	PracticeAdminController(PracticeEditor editor, CatalogueService catalogue, CardChecks checks,
			DuplicateTitles titles, PracticeUpdates updates, MessageSource messages) {
		this.updates = updates;
		this.messages = new MessageSourceAccessor(messages);
		this.saves = new AdminSaves(titles, ItemKind.PRACTICE);
		this.editor = editor;
		this.catalogue = catalogue;
		this.checks = checks;
	}

	@GetMapping("/admin/pratiche")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "stato", defaultValue = "") String state,
			@RequestParam(name = "pagina", defaultValue = "1") String page, Model model) {
		model.addAttribute("result", this.editor.rows(text, PracticeEditor.StateFilter.of(state),
				page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1));
		return "admin/practices/list";
	}

	@GetMapping("/admin/pratiche/nuova")
	String create(Model model) {
		return form(model, PracticeForm.empty());
	}

	@GetMapping("/admin/pratiche/{id}")
	String edit(@PathVariable long id, Model model) {
		return form(model, PracticeForm.of(draft(id)));
	}

	@GetMapping("/admin/pratiche/{id}/anteprima")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("practice", this.catalogue.preview(id));
		model.addAttribute("similar", List.of());
		model.addAttribute("staffPreviewId", id);
		return "catalogue/show";
	}

	@PostMapping("/admin/pratiche")
	String save(@Valid @ModelAttribute("form") PracticeForm form, BindingResult errors,
			@RequestParam(name = DuplicateTitles.CONFIRMATION, required = false) String confirmation,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<Comune> comune = this.checks.check(form.card(), "card", errors);
		var submission = new AdminSaves.Submission(form.id(), form.card().title(), form.submissionToken(),
				confirmation);
		if (!this.saves.accepts(submission, errors, model, response)) {
			return form(model, form);
		}
		long id = AdminSaves.store(form.id(),
				() -> this.editor.create(form.toDraft(comune.get().istatCode()), comune.get(), form.submissionToken(),
						principal.getName()),
				() -> this.editor.update(form.toDraft(comune.get().istatCode()), comune.get(), principal.getName()));
		return AdminSaves.redirect(redirect,
				text(form.isPublished() ? "admin.practices.saved.published" : "admin.practices.saved.draft"),
				"/admin/pratiche/" + id);
	}

	@PostMapping("/admin/pratiche/{id}/elimina")
	String delete(@PathVariable long id, @RequestParam(name = "conferma", required = false) String confirmation,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PracticeEditor.Draft draft = draft(id);
		if (!"si".equals(confirmation)) {
			response.setStatus(422);
			model.addAttribute("deleteError", text("admin.practices.delete.confirm"));
			return form(model, PracticeForm.of(draft));
		}
		this.editor.delete(id, principal.getName());
		redirect.addFlashAttribute("message", text("admin.practices.deleted", draft.card().title()));
		return "redirect:/admin/pratiche";
	}

	@GetMapping("/admin/pratiche/aggiornamenti")
	String pendingFollowUps(Model model) {
		model.addAttribute("pending", this.updates.pending());
		return "admin/practices/follow-ups";
	}

	@PostMapping("/admin/pratiche/{id}/aggiornamenti")
	String addFollowUp(@PathVariable long id, @Valid @ModelAttribute("followUp") FollowUpInput followUp,
			BindingResult errors, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		this.updates.check(followUp, "", errors);
		if (errors.hasErrors()) {
			response.setStatus(422);
			return form(model, PracticeForm.of(draft(id)));
		}
		this.updates.add(id, followUp, principal.getName());
		redirect.addFlashAttribute("message", text("admin.practices.followUp.added"));
		return "redirect:/admin/pratiche/" + id + "#aggiornamenti";
	}

	@PostMapping("/admin/pratiche/{id}/aggiornamenti/{update}/approva")
	String approveFollowUp(@PathVariable long id, @PathVariable long update, Principal principal,
			RedirectAttributes redirect) {
		this.updates.approve(id, update, principal.getName());
		redirect.addFlashAttribute("message", text("admin.practices.followUp.approved"));
		return "redirect:/admin/pratiche/" + id + "#aggiornamenti";
	}

	@PostMapping("/admin/pratiche/{id}/aggiornamenti/{update}/elimina")
	String deleteFollowUp(@PathVariable long id, @PathVariable long update, Principal principal,
			RedirectAttributes redirect) {
		this.updates.delete(id, update, principal.getName());
		redirect.addFlashAttribute("message", text("admin.practices.followUp.deleted"));
		return "redirect:/admin/pratiche/" + id + "#aggiornamenti";
	}

	private PracticeEditor.Draft draft(long id) {
		return this.editor.draft(id).orElseThrow(() -> new NotFoundException("practice " + id));
	}

	private String form(Model model, PracticeForm form) {
		model.addAttribute("form", form);
		model.addAllAttributes(this.checks.formAttributes(form.card()));
		// a proposed card stays one; staff cannot make up a proposal
		model.addAttribute("provenances", form.provenance() == Provenance.PROPOSTA ? List.of(Provenance.PROPOSTA)
				: List.of(Provenance.FONTE_PUBBLICA));
		if (form.id() != null) {
			model.addAttribute("slug", this.editor.slug(form.id()));
			model.addAttribute("followUps", this.updates.all(form.id()));
			model.addAttribute("followUpStates", FollowUpState.values());
			if (!model.containsAttribute("followUp")) {
				model.addAttribute("followUp", FollowUpInput.empty());
			}
		}
		return "admin/practices/form";
	}

	/** A message of i18n/admin-catalogue in the request's language. */
	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments);
	}

}
