package it.anci.welfare.support;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-data builder for news items: a news item of the test's own, inserted by SQL with
 * sensible defaults (a published NOTIZIA, an hour old, with a one-paragraph body) and
 * removed again by {@link Item#close()}. Use it in a try-with-resources block, as
 * {@link TestPractices}.
 */
public final class TestNews {

	/** Every item made here has a slug starting with this. */
	public static final String SLUG_PREFIX = "prova-costruttore-notizia-";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private TestNews() {
	}

	public static Builder item(JdbcClient jdbc) {
		return new Builder(jdbc);
	}

	public static void deleteAll(JdbcClient jdbc) {
		jdbc.sql("delete from news where slug like ?").param(SLUG_PREFIX + "%").update();
	}

	public static final class Builder {

		private final JdbcClient jdbc;

		private final long number = SEQUENCE.incrementAndGet();

		private String title = "Prova costruttore " + this.number + ": incontro sul welfare dei Comuni";

		private String type = "NOTIZIA";

		private String status = "PUBLISHED";

		private String summary = "Una notizia scritta dal test.";

		private String body = "Il testo della notizia, scritto dal test.";

		private Instant publishedAt = Instant.now().minus(Duration.ofHours(1));

		private Builder(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		/** NOTIZIA, COMUNICATO or AVVISO. */
		public Builder type(String type) {
			this.type = type;
			return this;
		}

		public Builder draft() {
			this.status = "DRAFT";
			return this;
		}

		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		/**
		 * The body as plain text without markup: stored as the Markdown and as one HTML
		 * paragraph.
		 */
		public Builder body(String body) {
			this.body = body;
			return this;
		}

		public Builder publishedAt(Instant publishedAt) {
			this.publishedAt = publishedAt;
			return this;
		}

		public Item insert() {
			String slug = SLUG_PREFIX + this.number;
			long id = this.jdbc.sql("""
					insert into news (slug, type, title, summary, body_markdown, body_html, status, published_at)
					values (:slug, :type, :title, :summary, :body, '<p>' || :body || '</p>', :status, :publishedAt)
					returning id""")
				.param("slug", slug)
				.param("type", this.type)
				.param("title", this.title)
				.param("summary", this.summary)
				.param("body", this.body)
				.param("status", this.status)
				.param("publishedAt", OffsetDateTime.ofInstant(this.publishedAt, ZoneOffset.UTC))
				.query(Long.class)
				.single();
			return new Item(this.jdbc, id, slug, this.title);
		}

	}

	/**
	 * A news item made by a test: its page is {@code /notizie/{slug}}; closing it deletes
	 * it.
	 */
	public record Item(JdbcClient jdbc, long id, String slug, String title) implements AutoCloseable {

		public String path() {
			return "/notizie/" + this.slug;
		}

		@Override
		public void close() {
			this.jdbc.sql("delete from news where id = ?").param(this.id).update();
		}

	}

}
