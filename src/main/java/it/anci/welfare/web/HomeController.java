package it.anci.welfare.web;

import it.anci.welfare.catalogue.CatalogueService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final CatalogueService catalogue;

	HomeController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("overview", this.catalogue.overview());
		return "web/home";
	}

}
