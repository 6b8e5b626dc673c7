package it.anci.welfare.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import it.anci.welfare.common.Pagination;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Who created, changed, published or deleted what, and when. Every module records its
 * staff actions here.
 */
@Service
public class AuditLog {

	public static final int PAGE_SIZE = 50;

	/**
	 * The operations as administrators read them: {@code accounts.audit.action.<code>} in
	 * i18n/accounts.properties; a code missing there is shown as written.
	 */
	static final String ACTION_KEY = "accounts.audit.action.";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	AuditLog(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	public record Event(Instant occurredAt, String actor, String action, String targetType, String target,
			String details) {

		/**
		 * The key of the operation's name; a template shows the code when it has none.
		 */
		public String actionKey() {
			return ACTION_KEY + this.action;
		}

	}

	/** What the administrator looks for; blank parts do not filter. */
	public record Query(String actor, String action, String targetType, String text, int page) {

		public Query {
			actor = blankToEmpty(actor);
			action = blankToEmpty(action);
			targetType = blankToEmpty(targetType);
			text = blankToEmpty(text);
			page = Math.max(1, page);
		}

		public Query onPage(int other) {
			return new Query(this.actor, this.action, this.targetType, this.text, other);
		}

		public boolean filtered() {
			return !(this.actor.isEmpty() && this.action.isEmpty() && this.targetType.isEmpty() && this.text.isEmpty());
		}

		private static String blankToEmpty(String value) {
			return value == null ? "" : value.strip();
		}

	}

	/** One page of matching events, newest first, and the values the filters offer. */
	public record Result(Query query, List<Event> events, long total, int pageCount, List<String> actors,
			Map<String, String> actions, List<String> targetTypes) {

		public Pagination pagination() {
			return new Pagination(this.query.page(), this.pageCount,
					page -> UriComponentsBuilder.fromPath("/admin/registro")
						.queryParamIfPresent("chi", present(this.query.actor()))
						.queryParamIfPresent("operazione", present(this.query.action()))
						.queryParamIfPresent("oggetto", present(this.query.targetType()))
						.queryParamIfPresent("testo", present(this.query.text()))
						.queryParamIfPresent("pagina", page > 1 ? Optional.of(page) : Optional.empty())
						.encode()
						.toUriString());
		}

		private static Optional<String> present(String value) {
			return value.isEmpty() ? Optional.empty() : Optional.of(value);
		}

	}

	public void record(String actor, String action, String targetType, String target, String details) {
		this.jdbc.sql("insert into audit_event (actor, action, target_type, target, details) values (?, ?, ?, ?, ?)")
			.params(actor, action, targetType, target, details)
			.update();
	}

	public Result search(Query requested) {
		List<String> conditions = new ArrayList<>(List.of("true"));
		Map<String, Object> params = new LinkedHashMap<>();
		if (!requested.actor().isEmpty()) {
			conditions.add("actor = :actor");
			params.put("actor", requested.actor());
		}
		if (!requested.action().isEmpty()) {
			conditions.add("action = :action");
			params.put("action", requested.action());
		}
		if (!requested.targetType().isEmpty()) {
			conditions.add("target_type = :targetType");
			params.put("targetType", requested.targetType());
		}
		if (!requested.text().isEmpty()) {
			conditions.add("(target ilike :text or details ilike :text)");
			params.put("text",
					"%" + requested.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		String where = String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from audit_event where " + where)
			.params(params)
			.query(Long.class)
			.single();
		int pageCount = Pagination.pageCount(total, PAGE_SIZE);
		Query query = requested.page() > pageCount ? requested.onPage(pageCount) : requested;
		List<Event> events = this.jdbc
			.sql("select occurred_at, actor, action, target_type, target, details from audit_event where " + where
					+ " order by occurred_at desc, id desc limit " + PAGE_SIZE + " offset "
					+ (query.page() - 1) * PAGE_SIZE)
			.params(params)
			.query((rs, n) -> new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> actions = new LinkedHashMap<>();
		distinct("action").stream()
			.sorted((a, b) -> label(a, locale).compareToIgnoreCase(label(b, locale)))
			.forEach(code -> actions.put(code, label(code, locale)));
		return new Result(query, events, total, pageCount, distinct("actor"), actions, distinct("target_type"));
	}

	/** The operation's name in the reader's language, or its code when it has none. */
	String label(String action, Locale locale) {
		return this.messages.getMessage(ACTION_KEY + action, null, action, locale);
	}

	private List<String> distinct(String column) {
		return this.jdbc.sql("select distinct " + column + " from audit_event order by 1").query(String.class).list();
	}

}
