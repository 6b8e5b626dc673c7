package it.anci.welfare.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ratings visitors give the pages (Modello Comuni, criterion C.SI.2.5): a score from
 * 1 to 5, then one answer to a follow-up question and an optional comment. Nothing that
 * identifies the visitor is stored.
 */
@Service
@Transactional
public class PageRatings {

	public static final int COMMENT_LIMIT = 200;

	/**
	 * The follow-up question and its answers, one set for low scores and one for high
	 * ones (Designers Italia).
	 */
	public record FollowUp(String key, String question, List<String> answers) {

		/** The question's key in i18n/feedback (the interface's language). */
		public String questionKey() {
			return "feedback.followUp." + this.key + ".question";
		}

		/**
		 * The key in i18n/feedback of an answer's label; the answer stored is the Italian
		 * text.
		 */
		public String answerKey(int index) {
			return "feedback.followUp." + this.key + ".answer" + index;
		}

	}

	private static final FollowUp DIFFICULTIES = new FollowUp("difficulties",
			"Dove hai incontrato le maggiori difficoltà?",
			List.of("A volte le indicazioni non erano chiare", "A volte le indicazioni non erano complete",
					"A volte non capivo se stavo procedendo correttamente", "Ho avuto problemi tecnici", "Altro"));

	private static final FollowUp STRENGTHS = new FollowUp("strengths",
			"Quali sono stati gli aspetti che hai preferito?",
			List.of("Le indicazioni erano chiare", "Le indicazioni erano complete",
					"Capivo sempre che stavo procedendo correttamente", "Non ho avuto problemi tecnici", "Altro"));

	/**
	 * Per page: how many ratings, their average and the count of each score from 1 to 5.
	 */
	public record PageSummary(String page, long count, double average, List<Long> byScore) {
	}

	public record Comment(String page, int rating, String answer, String comment, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	PageRatings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static FollowUp followUp(int rating) {
		return rating <= 3 ? DIFFICULTIES : STRENGTHS;
	}

	/**
	 * Stores a score for {@code page} (a path of this site) and returns the token for its
	 * follow-up.
	 */
	public UUID rate(String page, int rating) {
		if (rating < 1 || rating > 5 || !isPage(page)) {
			throw new IllegalArgumentException("rating " + rating + " of " + page);
		}
		UUID token = UUID.randomUUID();
		this.jdbc.sql("insert into page_rating (token, page, rating) values (?, ?, ?)")
			.params(token, page, rating)
			.update();
		return token;
	}

	/** The score of a rating still waiting for its follow-up. */
	@Transactional(readOnly = true)
	public Optional<Integer> pending(UUID token) {
		return this.jdbc.sql("select rating from page_rating where token = ? and answer is null")
			.param(token)
			.query(Integer.class)
			.optional();
	}

	/**
	 * Adds the follow-up to the rating of {@code token}, once: a second submission
	 * changes nothing. Returns the rating, or empty when the token is unknown, already
	 * used or the answer is not one of the question's.
	 */
	public Optional<Integer> followUp(UUID token, String answer, String comment) {
		Optional<Integer> rating = pending(token);
		if (rating.isEmpty() || !followUp(rating.get()).answers().contains(answer)) {
			return Optional.empty();
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > COMMENT_LIMIT) {
			text = text.substring(0, COMMENT_LIMIT);
		}
		this.jdbc.sql("update page_rating set answer = ?, comment = ? where token = ? and answer is null")
			.params(answer, text, token)
			.update();
		return rating;
	}

	@Transactional(readOnly = true)
	public List<PageSummary> summaries() {
		return this.jdbc
			.sql("""
					select page, count(*), avg(rating)::float8,
					    count(*) filter (where rating = 1), count(*) filter (where rating = 2), count(*) filter (where rating = 3),
					    count(*) filter (where rating = 4), count(*) filter (where rating = 5)
					from page_rating group by page order by count(*) desc, page""")
			.query((rs, n) -> new PageSummary(rs.getString(1), rs.getLong(2), rs.getDouble(3),
					List.of(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8))))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Comment> latestComments(int limit) {
		return this.jdbc
			.sql("select page, rating, answer, comment, created_at from page_rating where comment is not null "
					+ "order by created_at desc, id desc limit ?")
			.param(limit)
			.query((rs, n) -> new Comment(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/**
	 * A path of this site, never another site's address (the rating form sends it back).
	 */
	public static boolean isPage(String page) {
		return page != null && page.startsWith("/") && !page.startsWith("//") && page.length() <= 300
				&& page.chars().noneMatch(c -> c < 0x20 || c == '\\');
	}

}
