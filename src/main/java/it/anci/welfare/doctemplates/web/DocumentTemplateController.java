package it.anci.welfare.doctemplates.web;

import it.anci.welfare.doctemplates.DocumentTemplateService;
import it.anci.welfare.doctemplates.TemplateFiles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DocumentTemplateController {

	private final DocumentTemplateService templates;

	private final TemplateFiles files;

	DocumentTemplateController(DocumentTemplateService templates, TemplateFiles files) {
		this.templates = templates;
		this.files = files;
	}

	@GetMapping("/modelli")
	String list(Model model) {
		model.addAttribute("categories", this.templates.byCategory());
		return "doctemplates/list";
	}

	@GetMapping("/modelli/categorie/{slug}")
	String category(@PathVariable String slug, Model model) {
		model.addAttribute("templates", this.templates.category(slug));
		return "doctemplates/category";
	}

	@GetMapping("/modelli/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("template", this.templates.bySlug(slug));
		model.addAttribute("files", this.files.filesOf(slug));
		return "doctemplates/show";
	}

}
