package it.anci.welfare.catalogue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each public page of the catalogue last changed, from the cards' own
 * {@code updated_at}: the sitemap's {@code lastmod} and the open-data catalogue's
 * modified dates.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueDates {

	private final JdbcClient jdbc;

	CatalogueDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Slug → last change of every published card, by slug. */
	public Map<String, Instant> practices() {
		return map("select slug, updated_at from published_practice order by slug");
	}

	/** ISTAT code → last change among the published cards a comune leads. */
	public Map<String, Instant> comuni() {
		return map("select comune_code, max(updated_at) from published_practice group by 1 order by 1");
	}

	/**
	 * Region slug → last change among its published cards (regions without cards are left
	 * out).
	 */
	public Map<String, Instant> regions() {
		return map("select r.slug, max(p.updated_at) from published_practice p join region r on r.code = p.region_code "
				+ "group by 1 order by 1");
	}

	/** The last change of any published card, or empty while the catalogue has none. */
	public Optional<Instant> lastChange() {
		return this.jdbc.sql("select max(updated_at) from published_practice")
			.query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.optional();
	}

	private Map<String, Instant> map(String sql) {
		Map<String, Instant> dates = new LinkedHashMap<>();
		this.jdbc.sql(sql).query(rs -> {
			dates.put(rs.getString(1), rs.getTimestamp(2).toInstant());
		});
		return dates;
	}

}
