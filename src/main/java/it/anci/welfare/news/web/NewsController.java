package it.anci.welfare.news.web;

import com.rometools.rome.io.FeedException;
import it.anci.welfare.common.WebFeed;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.FileDownloads;
import it.anci.welfare.news.NewsItem;
import it.anci.welfare.news.NewsService;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public news pages: the list with its filters, an item, its documents, the feeds.
 */
@Controller
class NewsController {

	private final NewsService news;

	private final Attachments attachments;

	private final FileDownloads downloads;

	private final NewsFeed feed;

	private final NewsItemPage page;

	NewsController(NewsService news, NewsItemPage page, Attachments attachments, FileDownloads downloads,
			NewsFeed feed) {
		this.news = news;
		this.page = page;
		this.attachments = attachments;
		this.downloads = downloads;
		this.feed = feed;
	}

	@GetMapping("/notizie")
	String list(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		model.addAttribute("page", this.news.search(this.news.parse(parameters)));
		return "news/list";
	}

	@GetMapping("/notizie/{slug}")
	String show(@PathVariable String slug, Model model) {
		return this.page.show(this.news.bySlug(slug), model);
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
		return feed(WebFeed.Kind.RSS, "/notizie/feed.rss");
	}

	@GetMapping("/notizie/feed.atom")
	ResponseEntity<String> atom() throws FeedException {
		return feed(WebFeed.Kind.ATOM, "/notizie/feed.atom");
	}

	private ResponseEntity<String> feed(WebFeed.Kind kind, String selfPath) throws FeedException {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return this.feed.latest(base).response(kind, base + selfPath);
	}

}
