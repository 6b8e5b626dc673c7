package it.anci.welfare.news.web;

import it.anci.welfare.common.WebFeed;
import it.anci.welfare.news.NewsService;

import org.springframework.stereotype.Component;

/** The news feed: the latest published items, newest first. */
@Component
class NewsFeed {

	static final int SIZE = 20;

	private static final String PUBLISHER = "ANCI Umbria";

	private final NewsService news;

	NewsFeed(NewsService news) {
		this.news = news;
	}

	/** The feed of the portal at {@code base} (its absolute address). */
	WebFeed latest(String base) {
		return new WebFeed("Portale Welfare dei Comuni – Notizie",
				"Notizie, comunicati e avvisi di ANCI Umbria sul welfare dei Comuni", base + "/notizie", PUBLISHER,
				this.news.latest(SIZE)
					.stream()
					.map(item -> new WebFeed.Entry(item.title(), base + "/notizie/" + item.slug(), item.publishedAt(),
							item.updatedAt(), PUBLISHER, item.summary()))
					.toList());
	}

}
