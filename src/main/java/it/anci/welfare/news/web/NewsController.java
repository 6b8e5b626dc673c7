package it.anci.welfare.news.web;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.FileDownloads;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsItem;
import it.anci.welfare.news.NewsService;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class NewsController {

	private static final int FEED_SIZE = 20;

	private final NewsService news;

	private final MeetingService meetings;

	private final Attachments attachments;

	private final FileDownloads downloads;

	NewsController(NewsService news, MeetingService meetings, Attachments attachments, FileDownloads downloads) {
		this.news = news;
		this.meetings = meetings;
		this.attachments = attachments;
		this.downloads = downloads;
	}

	@GetMapping("/notizie")
	String list(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		model.addAttribute("page", this.news.search(this.news.parse(parameters)));
		return "news/list";
	}

	@GetMapping("/notizie/{slug}")
	String show(@PathVariable String slug, Model model) {
		return show(this.news.bySlug(slug), model);
	}

	/**
	 * The staff preview of any item (also drafts and scheduled ones), on the public page
	 * with a notice.
	 */
	@GetMapping("/admin/notizie/{id}/anteprima")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("staffPreviewId", id);
		return show(this.news.preview(id), model);
	}

	private String show(NewsItem item, Model model) {
		Map<String, Meeting> meetingTitles = this.meetings.all()
			.stream()
			.collect(Collectors.toMap(Meeting::slug, m -> m));
		model.addAttribute("item", item);
		model.addAttribute("meetingTitles", meetingTitles);
		model.addAttribute("attachments", this.attachments.of(Attachment.Owner.NEWS, item.id()));
		return "news/show";
	}

	/**
	 * A file attached to a published item; the item's slug keeps the files of drafts
	 * private.
	 */
	@GetMapping("/notizie/{slug}/allegati/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable long id, WebRequest webRequest,
			HttpServletRequest request) {
		NewsItem item = this.news.bySlug(slug);
		return this.downloads.serve(this.attachments.file(Attachment.Owner.NEWS, item.id(), id), webRequest, request);
	}

	@GetMapping("/notizie/feed.rss")
	ResponseEntity<String> rss() throws FeedException {
		return feed("rss_2.0", MediaType.parseMediaType("application/rss+xml;charset=UTF-8"), "/notizie/feed.rss");
	}

	@GetMapping("/notizie/feed.atom")
	ResponseEntity<String> atom() throws FeedException {
		return feed("atom_1.0", MediaType.parseMediaType("application/atom+xml;charset=UTF-8"), "/notizie/feed.atom");
	}

	private ResponseEntity<String> feed(String type, MediaType mediaType, String selfPath) throws FeedException {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<NewsItem> items = this.news.latest(FEED_SIZE);
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(type);
		feed.setTitle("Portale Welfare dei Comuni – Notizie");
		feed.setLink(base + "/notizie");
		feed.setLinks(List.of(FeedSelfLink.link("self", mediaType.toString(), base + selfPath),
				FeedSelfLink.link("alternate", MediaType.TEXT_HTML_VALUE, base + "/notizie")));
		feed.setUri(base + "/notizie");
		feed.setDescription("Notizie, comunicati e avvisi di ANCI Umbria sul welfare dei Comuni");
		feed.setLanguage("it");
		feed.setAuthor("ANCI Umbria");
		if (!items.isEmpty()) {
			feed.setPublishedDate(Date.from(items.get(0).publishedAt()));
		}
		feed.setEntries(items.stream().map(item -> {
			SyndEntry entry = new SyndEntryImpl();
			entry.setTitle(item.title());
			entry.setLink(base + "/notizie/" + item.slug());
			entry.setUri(base + "/notizie/" + item.slug());
			entry.setPublishedDate(Date.from(item.publishedAt()));
			entry.setUpdatedDate(Date.from(item.updatedAt()));
			entry.setAuthor("ANCI Umbria");
			SyndContentImpl description = new SyndContentImpl();
			description.setType("text/plain");
			description.setValue(item.summary());
			entry.setDescription(description);
			return entry;
		}).toList());
		String xml = "rss_2.0".equals(type) ? FeedSelfLink.rssWithSelf(feed, base + selfPath)
				: new SyndFeedOutput().outputString(feed);
		return ResponseEntity.ok().contentType(mediaType).body(xml);
	}

}
