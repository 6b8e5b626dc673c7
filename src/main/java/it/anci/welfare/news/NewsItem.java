package it.anci.welfare.news;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A published news item as pages and feeds show it. {@code bodyHtml} is sanitized. */
public record NewsItem(long id, String slug, NewsType type, String title, String summary, String bodyHtml,
		List<String> topics, boolean featured, Instant publishedAt, Instant updatedAt, List<Link> links) {

	/**
	 * How much of the summary must open the body for the page to show it once: enough to
	 * be the same sentence.
	 */
	private static final int REPEATED_PREFIX = 60;

	/** A related page: the catalogue, a meeting or a template category. */
	public record Link(String kind, String target) {
	}

	/**
	 * True when the body opens with the summary (as the source pages often do): the page
	 * then shows it once.
	 */
	public boolean bodyRepeatsSummary() {
		String summaryWords = words(this.summary);
		return !summaryWords.isEmpty() && words(this.bodyHtml.replaceAll("<[^>]+>", " "))
			.startsWith(summaryWords.substring(0, Math.min(summaryWords.length(), REPEATED_PREFIX)));
	}

	private static String words(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replaceAll("&[a-z]+;|&#\\d+;", " ")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

}
