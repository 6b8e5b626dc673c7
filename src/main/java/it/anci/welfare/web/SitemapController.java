package it.anci.welfare.web;

import java.util.ArrayList;
import java.util.List;

import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsItem;
import it.anci.welfare.news.NewsService;
import it.anci.welfare.territory.Region;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** sitemap.xml with every public page (split into parts past the protocol's limit), and robots.txt pointing to it. */
@RestController
class SitemapController {

	private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	private final CatalogueService catalogue;

	private final TerritoryService territory;

	private final NewsService news;

	private final MeetingService meetings;

	private final int maxUrls;

	SitemapController(CatalogueService catalogue, TerritoryService territory, NewsService news, MeetingService meetings,
			@Value("${portal.sitemap.max-urls:50000}") int maxUrls) {
		this.catalogue = catalogue;
		this.territory = territory;
		this.news = news;
		this.meetings = meetings;
		this.maxUrls = maxUrls;
	}

	/** Every public page; past {@code maxUrls} (the protocol's limit is 50,000) an index of numbered parts. */
	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		List<String> paths = publicPaths();
		if (paths.size() <= this.maxUrls) {
			return xml(urlSet(paths));
		}
		String base = baseUrl();
		StringBuilder xml = new StringBuilder(XML_DECLARATION
				+ "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (int part = 1; part <= partCount(paths); part++) {
			xml.append("  <sitemap><loc>").append(HtmlUtils.htmlEscape(base + "/sitemap-" + part + ".xml"))
				.append("</loc></sitemap>\n");
		}
		xml.append("</sitemapindex>\n");
		return xml(xml.toString());
	}

	@GetMapping("/sitemap-{part:\\d{1,4}}.xml")
	ResponseEntity<String> sitemapPart(@PathVariable int part) {
		List<String> paths = publicPaths();
		if (paths.size() <= this.maxUrls || part < 1 || part > partCount(paths)) {
			throw new NotFoundException("sitemap part " + part);
		}
		int from = (part - 1) * this.maxUrls;
		return xml(urlSet(paths.subList(from, Math.min(paths.size(), from + this.maxUrls))));
	}

	private List<String> publicPaths() {
		List<String> paths = new ArrayList<>(List.of("/", "/pratiche", "/pratiche/la-raccolta", "/notizie", "/riunioni", "/modelli",
				"/accessibilita", "/privacy", "/note-legali"));
		CatalogueService.PublishedPaths published = this.catalogue.publishedPaths();
		published.practices().forEach(slug -> paths.add("/pratiche/" + slug));
		published.comuni().forEach(code -> paths.add("/comuni/" + code));
		this.territory.regions().stream().map(Region::slug).forEach(slug -> paths.add("/regioni/" + slug));
		this.news.latest(Integer.MAX_VALUE).stream().map(NewsItem::slug).forEach(slug -> paths.add("/notizie/" + slug));
		this.meetings.all().stream().map(Meeting::slug).forEach(slug -> paths.add("/riunioni/" + slug));
		return paths;
	}

	private int partCount(List<String> paths) {
		return (paths.size() + this.maxUrls - 1) / this.maxUrls;
	}

	private static String urlSet(List<String> paths) {
		String base = baseUrl();
		StringBuilder xml = new StringBuilder(
				XML_DECLARATION + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		paths.forEach(
				path -> xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base + path)).append("</loc></url>\n"));
		xml.append("</urlset>\n");
		return xml.toString();
	}

	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
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
