package it.anci.welfare.meetings.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import it.anci.welfare.common.AdminSaves;
import it.anci.welfare.common.DuplicateTitles;
import it.anci.welfare.common.ItemKind;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.RichText;
import it.anci.welfare.files.AcceptedType;
import it.anci.welfare.files.AttachmentSteps;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.UploadRejectedException;
import it.anci.welfare.files.Uploads;
import it.anci.welfare.meetings.Convocations;
import it.anci.welfare.meetings.MeetingEditor;
import it.anci.welfare.meetings.MeetingKind;
import it.anci.welfare.meetings.MeetingService;
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
 * Staff editing of meetings under /admin/riunioni: the convocation, its files, the
 * minutes, a full-page preview.
 */
@Controller
class MeetingAdminController {

	private final AdminSaves saves;

	private final AttachmentSteps attachmentSteps;

	private final MeetingEditor editor;

	private final MeetingService meetings;

	private final Uploads uploads;

	private final Clock clock;

	private final Convocations convocations;

	private final MessageSourceAccessor messages;

	private final MeetingPage page;

	MeetingAdminController(MeetingEditor editor, MeetingService meetings, MeetingPage page, Uploads uploads,
			Clock clock, DuplicateTitles titles, Convocations convocations, MessageSource messages) {
		this.page = page;
		this.messages = new MessageSourceAccessor(messages);
		this.convocations = convocations;
		this.saves = new AdminSaves(titles, ItemKind.MEETING);
		// the meeting form words its documents as the news form does
		this.attachmentSteps = new AttachmentSteps(messages, "news.admin.attachment");
		this.editor = editor;
		this.meetings = meetings;
		this.uploads = uploads;
		this.clock = clock;
	}

	/** The attachment form's fields, kept when a file is refused. */
	record AttachmentForm(String title, Attachment.Kind kind) {
	}

	@GetMapping("/admin/riunioni")
	String list(Model model) {
		model.addAttribute("rows", this.editor.all());
		model.addAttribute("now", this.clock.instant());
		return "admin/meetings/list";
	}

	@GetMapping("/admin/riunioni/nuova")
	String create(Model model) {
		return form(model, MeetingForm.empty(LocalDateTime.now(this.clock)), null);
	}

	@GetMapping("/admin/riunioni/{id}")
	String edit(@PathVariable long id, Model model) {
		return form(model, MeetingForm.of(draft(id)), null);
	}

	@GetMapping("/admin/riunioni/{id}/anteprima")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("staffPreview", true);
		return this.page.show(this.meetings.preview(id), model);
	}

	@PostMapping("/admin/riunioni")
	String save(@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			@RequestParam(name = DuplicateTitles.CONFIRMATION, required = false) String confirmation,
			@RequestParam(name = "azione", defaultValue = "salva") String action, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (AdminSaves.isPreview(action)) {
			model.addAttribute("previewMinutes", RichText.toHtml(form.minutes()));
			return form(model, form, RichText.toHtml(form.description()));
		}
		checkTogether(form, errors);
		var submission = new AdminSaves.Submission(form.id(), form.title(), form.submissionToken(), confirmation);
		if (!this.saves.accepts(submission, errors, model, response)) {
			return form(model, form, null);
		}
		if (form.id() == null) {
			long id = this.editor.create(form.toDraft(), form.submissionToken(), principal.getName());
			return AdminSaves.redirect(redirect, savedMessage(form, new Convocations.Outcome(0, 0)),
					"/admin/riunioni/" + id);
		}
		Convocations.Outcome sent = this.convocations.update(form.toDraft(), principal.getName());
		return AdminSaves.redirect(redirect, savedMessage(form, sent), "/admin/riunioni/" + form.id());
	}

	/** «Saved», followed by what the save e-mailed to the invited. */
	private String savedMessage(MeetingForm form, Convocations.Outcome sent) {
		String message = this.messages
			.getMessage(form.isPublished() ? "meetings.admin.savedPublished" : "meetings.admin.savedDraft");
		if (sent.updates() > 0) {
			message += " " + this.messages.getMessage("meetings.admin.updateSent", new Object[] { sent.updates() });
		}
		if (sent.minutes() > 0) {
			message += " " + this.messages.getMessage("meetings.admin.minutesSent", new Object[] { sent.minutes() });
		}
		return message;
	}

	@PostMapping("/admin/riunioni/{id}/allegati")
	String attach(@PathVariable long id, @ModelAttribute("attachment") AttachmentForm attachment,
			@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		MeetingEditor.Draft draft = draft(id);
		String error = null;
		if (attachment.title() == null || attachment.title().isBlank()) {
			error = this.messages.getMessage("meetings.admin.attachment.noTitle");
		}
		else if (attachment.kind() == null) {
			error = this.messages.getMessage("meetings.admin.attachment.noKind");
		}
		else {
			try {
				this.editor.attach(id, attachment.kind(), attachment.title(), this.uploads.accept(file),
						principal.getName());
			}
			catch (UploadRejectedException rejected) {
				error = this.uploads.reason(rejected, "meetings.admin.attachment.chooseAgain");
			}
		}
		if (!this.attachmentSteps.attached(Optional.ofNullable(error), attachment.title(), model, response, redirect)) {
			return form(model, MeetingForm.of(draft), null);
		}
		return "redirect:/admin/riunioni/" + id + "#documenti";
	}

	@PostMapping("/admin/riunioni/{id}/allegati/{attachmentId}/elimina")
	String detach(@PathVariable long id, @PathVariable long attachmentId, Principal principal,
			RedirectAttributes redirect) {
		return this.attachmentSteps.removed(this.editor.detach(id, attachmentId, principal.getName()), attachmentId,
				redirect, "/admin/riunioni/" + id + "#documenti");
	}

	@PostMapping("/admin/riunioni/{id}/elimina")
	String delete(@PathVariable long id, @RequestParam(name = "conferma", required = false) String confirmation,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MeetingEditor.Draft draft = draft(id);
		if (!"si".equals(confirmation)) {
			response.setStatus(422);
			model.addAttribute("deleteError", this.messages.getMessage("meetings.admin.delete.unconfirmed"));
			return form(model, MeetingForm.of(draft), null);
		}
		this.editor.delete(id, principal.getName());
		redirect.addFlashAttribute("message",
				this.messages.getMessage("meetings.admin.deleted", new Object[] { draft.title() }));
		return "redirect:/admin/riunioni";
	}

	/** Rules that involve more than one field, reported next to the field to correct. */
	private void checkTogether(MeetingForm form, BindingResult errors) {
		if (form.startsAt() != null && form.endsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
			errors.rejectValue("endsAt", "meetings.form.endsAt.order");
		}
		if (form.kind() != null && form.kind() != MeetingKind.ONLINE && !form.hasPlace()) {
			errors.rejectValue("venue", "meetings.form.venue.required");
		}
		if (form.kind() != null && form.kind() != MeetingKind.IN_PRESENZA
				&& (form.onlineUrl() == null || form.onlineUrl().isBlank()) && !errors.hasFieldErrors("onlineUrl")) {
			errors.rejectValue("onlineUrl", "meetings.form.onlineUrl.required");
		}
		boolean notOverYet = form.endsAt() != null && form.endsAt()
			.isAfter(LocalDateTime.now(this.clock.withZone(it.anci.welfare.common.TimeConfiguration.ROME)));
		if (form.minutes() != null && !form.minutes().isBlank() && notOverYet) {
			errors.rejectValue("minutes", "meetings.form.minutes.early");
		}
	}

	private MeetingEditor.Draft draft(long id) {
		return this.editor.draft(id).orElseThrow(() -> new NotFoundException("meeting " + id));
	}

	private String form(Model model, MeetingForm form, String previewHtml) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("previewHtml", previewHtml);
		if (form.id() != null) {
			model.addAttribute("slug", this.editor.slug(form.id()));
			model.addAttribute("attachments", this.editor.attachments(form.id()));
			model.addAttribute("attachmentKinds", Attachment.Kind.values());
			model.addAttribute("convocations", this.convocations.summary(form.id()));
			model.addAttribute("accept", AcceptedType.acceptAttribute());
			model.addAttribute("acceptedLabels", this.uploads.acceptedLabels());
			if (!model.containsAttribute("attachment")) {
				model.addAttribute("attachment", new AttachmentForm("", Attachment.Kind.DOCUMENTO));
			}
		}
		return "admin/meetings/form";
	}

}
