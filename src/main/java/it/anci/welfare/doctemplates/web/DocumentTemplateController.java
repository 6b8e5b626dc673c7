package it.anci.welfare.doctemplates.web;

import it.anci.welfare.doctemplates.DocumentTemplateService;
import it.anci.welfare.doctemplates.TemplateFiles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public template pages: the list by category, a category, a template. */
@Controller
class DocumentTemplateController {

	private final DocumentTemplateService templates;

	private final TemplateFiles files;

	private final TemplatePage page;

	DocumentTemplateController(DocumentTemplateService templates, TemplateFiles files, TemplatePage page) {
		this.templates = templates;
		this.files = files;
		this.page = page;
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
		return this.page.show(this.templates.bySlug(slug), model);
	}

}
