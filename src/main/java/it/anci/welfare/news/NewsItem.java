package it.anci.welfare.news;

import java.time.Instant;
import java.util.List;

/** A published news item as pages and feeds show it. {@code bodyHtml} is sanitized. */
public record NewsItem(String slug, NewsType type, String title, String summary, String bodyHtml, List<String> topics,
		boolean featured, Instant publishedAt, Instant updatedAt, List<Link> links) {

	/** A related page: the catalogue, a meeting or a template category. */
	public record Link(String kind, String target) {
	}

}
