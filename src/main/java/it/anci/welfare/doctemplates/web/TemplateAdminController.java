package it.anci.welfare.doctemplates.web;

import java.security.Principal;
import java.util.Optional;

import it.anci.welfare.common.AdminSaves;
import it.anci.welfare.common.DuplicateTitles;
import it.anci.welfare.common.ItemKind;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.RichText;
import it.anci.welfare.doctemplates.DocumentTemplateService;
import it.anci.welfare.doctemplates.TemplateEditor;
import it.anci.welfare.doctemplates.TemplateFiles;
import it.anci.welfare.files.AcceptedType;
import it.anci.welfare.files.AttachmentSteps;
import it.anci.welfare.files.Uploads;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff editing of document templates under /admin/modelli: text, uploaded files,
 * superseding, preview.
 */
@Controller
class TemplateAdminController {

	private final AdminSaves saves;

	private final AttachmentSteps attachmentSteps;

	private final TemplateEditor editor;

	private final DocumentTemplateService templates;

	private final TemplateFiles files;

	private final Uploads uploads;

	private final MessageSourceAccessor messages;

	private final TemplatePage page;

	TemplateAdminController(TemplateEditor editor, DocumentTemplateService templates, TemplateFiles files,
			TemplatePage page, Uploads uploads, DuplicateTitles titles, MessageSource messages) {
		this.page = page;
		this.messages = new MessageSourceAccessor(messages);
		this.saves = new AdminSaves(titles, ItemKind.TEMPLATE);
		this.attachmentSteps = new AttachmentSteps(messages, "doctemplates.admin.attachment");
		this.editor = editor;
		this.templates = templates;
		this.files = files;
		this.uploads = uploads;
	}

	@GetMapping("/admin/modelli")
	String list(Model model) {
		model.addAttribute("rows", this.editor.all());
		return "admin/templates/list";
	}

	@GetMapping("/admin/modelli/nuovo")
	String create(Model model) {
		return form(model, TemplateForm.empty(), null);
	}

	@GetMapping("/admin/modelli/{id}")
	String edit(@PathVariable long id, Model model) {
		return form(model, TemplateForm.of(draft(id)), null);
	}

	@GetMapping("/admin/modelli/{id}/anteprima")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("staffPreview", true);
		return this.page.show(this.templates.preview(id), model);
	}

	@PostMapping("/admin/modelli")
	String save(@Valid @ModelAttribute("form") TemplateForm form, BindingResult errors,
			@RequestParam(name = DuplicateTitles.CONFIRMATION, required = false) String confirmation,
			@RequestParam(name = "azione", defaultValue = "salva") String action, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (AdminSaves.isPreview(action)) {
			return form(model, form, RichText.toHtml(form.source()));
		}
		checkTogether(form, errors);
		var submission = new AdminSaves.Submission(form.id(), form.title(), form.submissionToken(), confirmation);
		if (!this.saves.accepts(submission, errors, model, response)) {
			return form(model, form, null);
		}
		long id = AdminSaves.store(form.id(),
				() -> this.editor.create(form.toDraft(), form.submissionToken(), principal.getName()),
				() -> this.editor.update(form.toDraft(), principal.getName()));
		return AdminSaves.redirect(redirect,
				this.messages.getMessage(
						form.isPublished() ? "doctemplates.admin.savedPublished" : "doctemplates.admin.savedDraft"),
				"/admin/modelli/" + id);
	}

	@PostMapping("/admin/modelli/{id}/allegati")
	String attach(@PathVariable long id, @RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		TemplateEditor.Draft draft = draft(id);
		Optional<String> error = this.uploads.attach(title, "doctemplates.admin.attachment.example", file,
				stored -> this.editor.attach(id, title, stored, principal.getName()));
		if (!this.attachmentSteps.attached(error, title, model, response, redirect)) {
			return form(model, TemplateForm.of(draft), null);
		}
		return "redirect:/admin/modelli/" + id + "#file";
	}

	@PostMapping("/admin/modelli/{id}/allegati/{attachmentId}/elimina")
	String detach(@PathVariable long id, @PathVariable long attachmentId, Principal principal,
			RedirectAttributes redirect) {
		return this.attachmentSteps.removed(this.editor.detach(id, attachmentId, principal.getName()), attachmentId,
				redirect, "/admin/modelli/" + id + "#file");
	}

	private void checkTogether(TemplateForm form, BindingResult errors) {
		if (form.validFrom() != null && form.validUntil() != null && form.validUntil().isBefore(form.validFrom())) {
			errors.rejectValue("validUntil", "doctemplates.form.validUntil.order");
		}
		if (form.isPublished() && !form.hasSource() && this.editor.attachmentCount(form.id()) == 0) {
			errors.rejectValue("source", "doctemplates.form.source.empty");
		}
		if (form.replacedBy() != null && !form.replacedBy().isBlank()) {
			Optional<TemplateEditor.Choice> replacement = this.editor.choices(form.id())
				.stream()
				.filter(c -> c.slug().equals(form.replacedBy()))
				.findFirst();
			if (replacement.isEmpty()) {
				errors.rejectValue("replacedBy", "doctemplates.form.replacedBy.unknown");
			}
			else if (!replacement.get().published()) {
				errors.rejectValue("replacedBy", "doctemplates.form.replacedBy.draft");
			}
			else if (form.id() != null
					&& this.editor.slug(form.id()).equals(this.editor.replacementOf(form.replacedBy()).orElse(null))) {
				errors.rejectValue("replacedBy", "doctemplates.form.replacedBy.cycle");
			}
		}
	}

	private TemplateEditor.Draft draft(long id) {
		return this.editor.draft(id).orElseThrow(() -> new NotFoundException("template " + id));
	}

	private String form(Model model, TemplateForm form, String previewHtml) {
		model.addAttribute("form", form);
		model.addAttribute("previewHtml", previewHtml);
		model.addAttribute("choices", this.editor.choices(form.id()));
		model.addAttribute("categories", this.editor.categories());
		if (form.id() != null) {
			String slug = this.editor.slug(form.id());
			model.addAttribute("slug", slug);
			model.addAttribute("generated", this.files.filesOf(slug));
			model.addAttribute("attachments", this.editor.attachments(form.id()));
			model.addAttribute("accept", AcceptedType.acceptAttribute());
			model.addAttribute("acceptedLabels", this.uploads.acceptedLabels());
		}
		return "admin/templates/form";
	}

}
