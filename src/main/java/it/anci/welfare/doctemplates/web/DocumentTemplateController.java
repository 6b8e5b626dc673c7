package it.anci.welfare.doctemplates.web;

import it.anci.welfare.doctemplates.DocumentTemplate;
import it.anci.welfare.doctemplates.DocumentTemplateService;
import it.anci.welfare.doctemplates.TemplateFiles;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DocumentTemplateController {

	private final DocumentTemplateService templates;

	private final TemplateFiles files;

	private final Attachments attachments;

	DocumentTemplateController(DocumentTemplateService templates, TemplateFiles files, Attachments attachments) {
		this.templates = templates;
		this.files = files;
		this.attachments = attachments;
	}

	@GetMapping("/modelli")
	String list(Model model) {
		model.addAttribute("categories", this.templates.byCategory());
		model.addAttribute("files", this.files.filesByTemplate());
		return "doctemplates/list";
	}

	@GetMapping("/modelli/categorie/{slug}")
	String category(@PathVariable String slug, Model model) {
		model.addAttribute("templates", this.templates.category(slug));
		return "doctemplates/category";
	}

	@GetMapping("/modelli/{slug}")
	String show(@PathVariable String slug, Model model) {
		DocumentTemplate template = this.templates.bySlug(slug);
		model.addAttribute("template", template);
		model.addAttribute("files", this.files.filesOf(slug));
		model.addAttribute("attachments", this.attachments.of(Attachment.Owner.TEMPLATE, template.id()));
		return "doctemplates/show";
	}

}
