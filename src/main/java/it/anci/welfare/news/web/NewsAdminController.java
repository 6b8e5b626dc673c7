package it.anci.welfare.news.web;

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
import it.anci.welfare.files.Uploads;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsEditor;
import it.anci.welfare.news.NewsService;
import it.anci.welfare.news.NewsType;
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
 * Staff editing of news under /admin/notizie: one form for create and edit, preview,
 * Post/Redirect/Get.
 */
@Controller
class NewsAdminController {

	private final AdminSaves saves;

	private final AttachmentSteps attachmentSteps;

	private final NewsEditor editor;

	private final MeetingService meetings;

	private final Uploads uploads;

	private final Clock clock;

	private final MessageSourceAccessor messages;

	private final NewsService news;

	private final NewsItemPage page;

	NewsAdminController(NewsEditor editor, NewsService news, NewsItemPage page, MeetingService meetings,
			Uploads uploads, Clock clock, DuplicateTitles titles, MessageSource messages) {
		this.news = news;
		this.page = page;
		this.messages = new MessageSourceAccessor(messages);
		this.saves = new AdminSaves(titles, ItemKind.NEWS);
		this.attachmentSteps = new AttachmentSteps(messages, "news.admin.attachment");
		this.editor = editor;
		this.meetings = meetings;
		this.uploads = uploads;
		this.clock = clock;
	}

	@GetMapping("/admin/notizie")
	String list(Model model) {
		model.addAttribute("rows", this.editor.all());
		return "admin/news/list";
	}

	@GetMapping("/admin/notizie/nuova")
	String create(Model model) {
		return form(model, NewsForm.empty(LocalDateTime.now(this.clock)), null);
	}

	@GetMapping("/admin/notizie/{id}")
	String edit(@PathVariable long id, Model model) {
		return form(model, NewsForm.of(draft(id)), null);
	}

	/**
	 * The staff preview of any item (also drafts and scheduled ones): the public page
	 * with a notice.
	 */
	@GetMapping("/admin/notizie/{id}/anteprima")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("staffPreviewId", id);
		return this.page.show(this.news.preview(id), model);
	}

	private NewsEditor.Draft draft(long id) {
		return this.editor.draft(id).orElseThrow(() -> new NotFoundException("news " + id));
	}

	@PostMapping("/admin/notizie/{id}/allegati")
	String attach(@PathVariable long id, @RequestParam(name = "title", defaultValue = "") String title,
			@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		NewsEditor.Draft draft = draft(id);
		Optional<String> error = this.uploads.attach(title, "news.admin.attachment.example", file,
				stored -> this.editor.attach(id, title, stored, principal.getName()));
		if (!this.attachmentSteps.attached(error, title, model, response, redirect)) {
			return form(model, NewsForm.of(draft), null);
		}
		return "redirect:/admin/notizie/" + id + "#documenti";
	}

	@PostMapping("/admin/notizie/{id}/allegati/{attachmentId}/elimina")
	String detach(@PathVariable long id, @PathVariable long attachmentId, Principal principal,
			RedirectAttributes redirect) {
		return this.attachmentSteps.removed(this.editor.detach(id, attachmentId, principal.getName()), attachmentId,
				redirect, "/admin/notizie/" + id + "#documenti");
	}

	@PostMapping("/admin/notizie")
	String save(@Valid @ModelAttribute("form") NewsForm form, BindingResult errors,
			@RequestParam(name = DuplicateTitles.CONFIRMATION, required = false) String confirmation,
			@RequestParam(name = "azione", defaultValue = "salva") String action, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (AdminSaves.isPreview(action)) {
			return form(model, form, form.body() == null ? "" : RichText.toHtml(form.body()));
		}
		var submission = new AdminSaves.Submission(form.id(), form.title(), form.submissionToken(), confirmation);
		if (!this.saves.accepts(submission, errors, model, response)) {
			return form(model, form, null);
		}
		AdminSaves.store(form.id(),
				() -> this.editor.create(form.toDraft(), form.submissionToken(), principal.getName()),
				() -> this.editor.update(form.toDraft(), principal.getName()));
		return AdminSaves.redirect(redirect,
				this.messages.getMessage(form.isPublished() ? "news.admin.savedPublished" : "news.admin.savedDraft"),
				"/admin/notizie");
	}

	private String form(Model model, NewsForm form, String previewHtml) {
		model.addAttribute("form", form);
		model.addAttribute("types", NewsType.values());
		model.addAttribute("previewHtml", previewHtml);
		model.addAttribute("meetings", this.meetings.all());
		if (form.id() != null) {
			model.addAttribute("slug", this.editor.slug(form.id()));
			model.addAttribute("attachments", this.editor.attachments(form.id()));
			model.addAttribute("accept", AcceptedType.acceptAttribute());
			model.addAttribute("acceptedLabels", this.uploads.acceptedLabels());
		}
		return "admin/news/form";
	}

}
