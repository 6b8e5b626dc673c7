package it.anci.welfare.web;

import java.util.ArrayList;
import java.util.List;

import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsItem;
import it.anci.welfare.news.NewsService;
import it.anci.welfare.territory.Region;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** sitemap.xml with every public page, and robots.txt pointing to it. */
@RestController
class SitemapController {

	private final CatalogueService catalogue;

	private final TerritoryService territory;

	private final NewsService news;

	private final MeetingService meetings;

	SitemapController(CatalogueService catalogue, TerritoryService territory, NewsService news, MeetingService meetings) {
		this.catalogue = catalogue;
		this.territory = territory;
		this.news = news;
		this.meetings = meetings;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		List<String> paths = new ArrayList<>(List.of("/", "/pratiche", "/notizie", "/riunioni", "/modelli",
				"/accessibilita", "/privacy", "/note-legali"));
		CatalogueService.PublishedPaths published = this.catalogue.publishedPaths();
		published.practices().forEach(slug -> paths.add("/pratiche/" + slug));
		published.comuni().forEach(code -> paths.add("/comuni/" + code));
		this.territory.regions().stream().map(Region::slug).forEach(slug -> paths.add("/regioni/" + slug));
		this.news.latest(Integer.MAX_VALUE).stream().map(NewsItem::slug).forEach(slug -> paths.add("/notizie/" + slug));
		this.meetings.all().stream().map(Meeting::slug).forEach(slug -> paths.add("/riunioni/" + slug));
		String base = baseUrl();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		paths.forEach(path -> xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base + path)).append("</loc></url>\n"));
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_PLAIN)
			.body("User-agent: *\nDisallow: /admin\nDisallow: /login\nAllow: /\n\nSitemap: " + baseUrl() + "/sitemap.xml\n");
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
