package it.anci.welfare.web;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import it.anci.welfare.catalogue.CatalogueDates;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.doctemplates.DocumentTemplateService;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsItem;
import it.anci.welfare.news.NewsService;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * sitemap.xml with every public page (split into parts past the protocol's limit), each
 * with its {@code lastmod}: the content's own last change, for a list the latest of its
 * items, for a fixed page the date of its template as built.
 */
@RestController
class SitemapController {

	private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
		.withZone(ZoneOffset.UTC);

	record Url(String path, Instant lastModified) {
	}

	private final CatalogueDates catalogue;

	private final TerritoryService territory;

	private final NewsService news;

	private final MeetingService meetings;

	private final DocumentTemplateService templates;

	private final int maxUrls;

	SitemapController(CatalogueDates catalogue, TerritoryService territory, NewsService news, MeetingService meetings,
			DocumentTemplateService templates, @Value("${portal.sitemap.max-urls:50000}") int maxUrls) {
		this.catalogue = catalogue;
		this.territory = territory;
		this.news = news;
		this.meetings = meetings;
		this.templates = templates;
		this.maxUrls = maxUrls;
	}

	/**
	 * Every public page; past {@code maxUrls} (the protocol's limit is 50,000) an index
	 * of numbered parts.
	 */
	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		List<Url> urls = publicUrls();
		if (urls.size() <= this.maxUrls) {
			return xml(urlSet(urls));
		}
		String base = baseUrl();
		StringBuilder xml = new StringBuilder(
				XML_DECLARATION + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (int part = 1; part <= partCount(urls); part++) {
			List<Url> inPart = part(urls, part);
			xml.append("  <sitemap><loc>")
				.append(HtmlUtils.htmlEscape(base + "/sitemap-" + part + ".xml"))
				.append("</loc><lastmod>")
				.append(W3C.format(latest(inPart.stream().map(Url::lastModified))))
				.append("</lastmod></sitemap>\n");
		}
		xml.append("</sitemapindex>\n");
		return xml(xml.toString());
	}

	@GetMapping("/sitemap-{part:\\d{1,4}}.xml")
	ResponseEntity<String> sitemapPart(@PathVariable int part) {
		List<Url> urls = publicUrls();
		if (urls.size() <= this.maxUrls || part < 1 || part > partCount(urls)) {
			throw new NotFoundException("sitemap part " + part);
		}
		return xml(urlSet(part(urls, part)));
	}

	private List<Url> publicUrls() {
		Map<String, Instant> practices = this.catalogue.practices();
		List<NewsItem> newsItems = this.news.latest(Integer.MAX_VALUE);
		List<Meeting> meetingList = this.meetings.all();
		List<DocumentTemplateService.Dated> templateList = this.templates.dated();
		Instant cards = latest(practices.values().stream());
		Instant newsChange = latest(newsItems.stream().map(NewsItem::updatedAt));
		Instant meetingsChange = latest(meetingList.stream().map(Meeting::updatedAt));
		Instant templatesChange = latest(templateList.stream().map(DocumentTemplateService.Dated::updatedAt));
		Instant anything = latest(Stream.of(cards, newsChange, meetingsChange, templatesChange));

		List<Url> urls = new ArrayList<>();
		urls.add(new Url("/", anything));
		urls.add(new Url("/pratiche", cards));
		urls.add(new Url("/pratiche/la-raccolta", latest(Stream.of(cards, built("catalogue/collection")))));
		urls.add(new Url("/statistiche", cards));
		urls.add(new Url("/dati", anything));
		urls.add(new Url("/notizie", newsChange));
		urls.add(new Url("/riunioni", meetingsChange));
		urls.add(new Url("/modelli", templatesChange));
		urls.add(new Url("/accessibilita", built("web/accessibility")));
		urls.add(new Url("/privacy", built("web/privacy")));
		urls.add(new Url("/note-legali", built("web/legal")));
		practices.forEach((slug, at) -> urls.add(new Url("/pratiche/" + slug, at)));
		this.catalogue.comuni().forEach((code, at) -> urls.add(new Url("/comuni/" + code, at)));
		Map<String, Instant> regions = this.catalogue.regions();
		this.territory.regions()
			.forEach(r -> urls.add(new Url("/regioni/" + r.slug(), regions.getOrDefault(r.slug(), cards))));
		newsItems.forEach(item -> urls.add(new Url("/notizie/" + item.slug(), item.updatedAt())));
		meetingList.forEach(meeting -> urls.add(new Url("/riunioni/" + meeting.slug(), meeting.updatedAt())));
		templateList.stream()
			.map(DocumentTemplateService.Dated::categorySlug)
			.distinct()
			.forEach(category -> urls.add(new Url("/modelli/categorie/" + category,
					latest(templateList.stream()
						.filter(t -> t.categorySlug().equals(category))
						.map(DocumentTemplateService.Dated::updatedAt)))));
		templateList.forEach(t -> urls.add(new Url("/modelli/" + t.slug(), t.updatedAt())));
		return urls;
	}

	/**
	 * When the template of a fixed page was built into the application (its text changes
	 * only with a release).
	 */
	private static Instant built(String view) {
		try {
			return Instant.ofEpochMilli(new ClassPathResource("templates/" + view + ".html").lastModified());
		}
		catch (IOException ex) {
			throw new IllegalStateException("template " + view + " is missing", ex);
		}
	}

	/**
	 * The latest of some dates; the epoch when there are none (a section still empty).
	 */
	private static Instant latest(Stream<Instant> dates) {
		return dates.filter(Objects::nonNull).max(Instant::compareTo).orElse(Instant.EPOCH);
	}

	private List<Url> part(List<Url> urls, int part) {
		int from = (part - 1) * this.maxUrls;
		return urls.subList(from, Math.min(urls.size(), from + this.maxUrls));
	}

	private int partCount(List<Url> urls) {
		return (urls.size() + this.maxUrls - 1) / this.maxUrls;
	}

	private static String urlSet(List<Url> urls) {
		String base = baseUrl();
		StringBuilder xml = new StringBuilder(
				XML_DECLARATION + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		urls.forEach(url -> xml.append("  <url><loc>")
			.append(HtmlUtils.htmlEscape(base + url.path()))
			.append("</loc><lastmod>")
			.append(W3C.format(url.lastModified()))
			.append("</lastmod></url>\n"));
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
			.body("User-agent: *\nDisallow: /admin\nDisallow: /login\nAllow: /\n\nSitemap: " + baseUrl()
					+ "/sitemap.xml\n");
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
