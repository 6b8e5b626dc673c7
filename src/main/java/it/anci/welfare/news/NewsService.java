package it.anci.welfare.news;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.common.InvalidRequestException;
import it.anci.welfare.common.Message;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.Pagination;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Public read API of the news: only published items, newest first. */
@Service
@Transactional(readOnly = true)
public class NewsService {

	public static final int PAGE_SIZE = 10;

	/**
	 * Marked published (news under the alias {@code n}), perhaps for later: the one place
	 * that says how publication is stored.
	 */
	static final String PUBLISHED = "n.status = 'PUBLISHED'";

	/** Published and not scheduled for later: what the public may see. */
	static final String VISIBLE = PUBLISHED + " and n.published_at <= now()";

	/** Published, to appear at {@code :now} or later. */
	static final String SCHEDULED = PUBLISHED + " and n.published_at > :now";

	private static final String COLUMNS = "n.id, n.slug, n.type, n.title, n.summary, n.body_html, n.topics, n.featured, "
			+ "n.published_at, n.updated_at";

	private final JdbcClient jdbc;

	NewsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A news list request as understood; unknown values are dropped and listed in
	 * {@code ignored}.
	 */
	public record NewsQuery(NewsType type, String topic, Integer year, String text, int page, List<Message> ignored) {

		public String url(int otherPage) {
			UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/notizie");
			if (this.type != null) {
				builder.queryParam("tipo", this.type.value());
			}
			if (this.topic != null) {
				builder.queryParam("argomento", this.topic);
			}
			if (this.year != null) {
				builder.queryParam("anno", this.year);
			}
			if (!this.text.isEmpty()) {
				builder.queryParam("q", this.text);
			}
			if (otherPage > 1) {
				builder.queryParam("pagina", otherPage);
			}
			return builder.encode().build().toUriString();
		}

		public boolean filtered() {
			return this.type != null || this.topic != null || this.year != null || !this.text.isEmpty();
		}

	}

	public record NewsPage(NewsQuery query, List<NewsItem> items, long total, int pageCount, List<String> topics,
			List<Integer> years) {

		public Pagination pagination() {
			return new Pagination(this.query.page(), this.pageCount, this.query::url);
		}

	}

	public NewsQuery parse(MultiValueMap<String, String> parameters) {
		List<Message> ignored = new ArrayList<>();
		NewsType type = null;
		String rawType = first(parameters, "tipo");
		if (!rawType.isEmpty()) {
			type = NewsType.fromValue(rawType).orElse(null);
			if (type == null) {
				ignored.add(Message.of("news.list.ignored.type", rawType));
			}
		}
		String topic = first(parameters, "argomento");
		if (!topic.isEmpty() && !topics().contains(topic)) {
			ignored.add(Message.of("news.list.ignored.topic", topic));
			topic = "";
		}
		Integer year = null;
		String rawYear = first(parameters, "anno");
		if (!rawYear.isEmpty()) {
			if (rawYear.matches("\\d{4}") && years().contains(Integer.parseInt(rawYear))) {
				year = Integer.parseInt(rawYear);
			}
			else {
				ignored.add(Message.of("news.list.ignored.year", rawYear));
			}
		}
		String rawPage = first(parameters, "pagina");
		int page = 1;
		if (!rawPage.isEmpty()) {
			if (!rawPage.matches("-?\\d{1,9}")) {
				throw InvalidRequestException.of("news.list.invalidPage", rawPage);
			}
			page = Math.max(1, Integer.parseInt(rawPage));
		}
		return new NewsQuery(type, topic.isEmpty() ? null : topic, year, first(parameters, "q"), page, ignored);
	}

	public NewsPage search(NewsQuery query) {
		StringBuilder where = new StringBuilder(VISIBLE);
		Map<String, Object> parameters = new HashMap<>();
		if (query.type() != null) {
			where.append(" and n.type = :type");
			parameters.put("type", query.type().name());
		}
		if (query.topic() != null) {
			where.append(" and :topic = any(n.topics)");
			parameters.put("topic", query.topic());
		}
		if (query.year() != null) {
			where.append(" and extract(year from n.published_at at time zone 'Europe/Rome') = :year");
			parameters.put("year", query.year());
		}
		if (!query.text().isEmpty()) {
			where.append(" and to_tsvector('italian_unaccent', n.title || ' ' || n.summary || ' ' || n.body_markdown)"
					+ " @@ plainto_tsquery('italian_unaccent', :q)");
			parameters.put("q", query.text());
		}
		long total = this.jdbc.sql("select count(*) from news n where " + where)
			.params(parameters)
			.query(Long.class)
			.single();
		int pageCount = Pagination.pageCount(total, PAGE_SIZE);
		NewsQuery shown = query.page() > pageCount
				? new NewsQuery(query.type(), query.topic(), query.year(), query.text(), pageCount, query.ignored())
				: query;
		parameters.put("limit", PAGE_SIZE);
		parameters.put("offset", (shown.page() - 1) * PAGE_SIZE);
		List<NewsItem> items = items("select " + COLUMNS + " from news n where " + where
				+ " order by n.published_at desc, n.id desc limit :limit offset :offset", parameters);
		return new NewsPage(shown, items, total, pageCount, topics(), years());
	}

	public NewsItem bySlug(String slug) {
		return items("select " + COLUMNS + " from news n where " + VISIBLE + " and n.slug = :slug",
				Map.of("slug", slug))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("news " + slug));
	}

	/**
	 * Any item, draft, scheduled or published, as its public page would show it: for the
	 * staff preview.
	 */
	public NewsItem preview(long id) {
		return items("select " + COLUMNS + " from news n where n.id = :id", Map.of("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("news " + id));
	}

	public List<NewsItem> latest(int limit) {
		return items("select " + COLUMNS + " from news n where " + VISIBLE
				+ " order by n.published_at desc, n.id desc limit :limit", Map.of("limit", limit));
	}

	public List<NewsItem> featured(int limit) {
		return items("select " + COLUMNS + " from news n where " + VISIBLE + " and n.featured"
				+ " order by n.published_at desc, n.id desc limit :limit", Map.of("limit", limit));
	}

	public List<String> topics() {
		return this.jdbc.sql("select distinct unnest(n.topics) as topic from news n where " + VISIBLE + " order by 1")
			.query(String.class)
			.list();
	}

	public List<Integer> years() {
		return this.jdbc
			.sql("select distinct extract(year from n.published_at at time zone 'Europe/Rome')::int from news n "
					+ "where " + VISIBLE + " order by 1 desc")
			.query(Integer.class)
			.list();
	}

	private List<NewsItem> items(String sql, Map<String, ?> parameters) {
		List<NewsItem> items = this.jdbc.sql(sql).params(parameters).query((rs, n) -> item(rs)).list();
		if (items.isEmpty()) {
			return items;
		}
		Map<String, List<NewsItem.Link>> links = new HashMap<>();
		this.jdbc
			.sql("select n.slug, l.kind, l.target from news_link l join news n on n.id = l.news_id "
					+ "where n.slug in (:slugs) order by l.position")
			.param("slugs", items.stream().map(NewsItem::slug).toList())
			.query(rs -> {
				links.computeIfAbsent(rs.getString(1), s -> new ArrayList<>())
					.add(new NewsItem.Link(rs.getString(2), rs.getString(3)));
			});
		return items.stream()
			.map(i -> new NewsItem(i.id(), i.slug(), i.type(), i.title(), i.summary(), i.bodyHtml(), i.topics(),
					i.featured(), i.publishedAt(), i.updatedAt(), links.getOrDefault(i.slug(), List.of())))
			.toList();
	}

	private static NewsItem item(ResultSet rs) throws SQLException {
		Array topics = rs.getArray("topics");
		return new NewsItem(rs.getLong("id"), rs.getString("slug"), NewsType.valueOf(rs.getString("type")),
				rs.getString("title"), rs.getString("summary"), rs.getString("body_html"),
				topics == null ? List.of() : Arrays.asList((String[]) topics.getArray()), rs.getBoolean("featured"),
				instant(rs, "published_at"), instant(rs, "updated_at"), List.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static String first(MultiValueMap<String, String> parameters, String name) {
		String value = parameters.getFirst(name);
		return value == null ? "" : value.replaceAll("[\\p{Cntrl}]", " ").strip();
	}

}
