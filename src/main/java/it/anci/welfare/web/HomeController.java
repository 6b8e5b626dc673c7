package it.anci.welfare.web;

import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final CatalogueService catalogue;

	private final NewsService news;

	private final MeetingService meetings;

	HomeController(CatalogueService catalogue, NewsService news, MeetingService meetings) {
		this.catalogue = catalogue;
		this.news = news;
		this.meetings = meetings;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("overview", this.catalogue.overview());
		model.addAttribute("featured", this.news.featured(3));
		model.addAttribute("latest", this.news.latest(4));
		model.addAttribute("upcoming", this.meetings.upcoming(3));
		return "web/home";
	}

}
