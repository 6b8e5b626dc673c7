package it.anci.welfare.catalogue.search;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.catalogue.CatalogueQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the cards of a query started, month by month, counted in SQL on the matching
 * cards. A start known only to the year has no month: it is counted apart rather than
 * placed in January.
 */
@NamedInterface("search")
@Service
@Transactional(readOnly = true)
public class StartMonths {

	/**
	 * Cards per start month (every month between the first and the last, zero included),
	 * and those with only a year.
	 */
	public record Timeline(Map<YearMonth, Long> months, long yearOnly) {

		public long total() {
			return this.months.values().stream().mapToLong(Long::longValue).sum() + this.yearOnly;
		}

	}

	private final JdbcClient jdbc;

	private final CatalogueSearch search;

	StartMonths(JdbcClient jdbc, CatalogueSearch search) {
		this.jdbc = jdbc;
		this.search = search;
	}

	public Timeline of(CatalogueQuery query) {
		List<Long> ids = this.search.allIds(query);
		Map<YearMonth, Long> months = new LinkedHashMap<>();
		long[] yearOnly = { 0 };
		if (!ids.isEmpty()) {
			this.jdbc
				.sql("""
						select case when start_precision = 'YEAR' then null else to_char(start_date, 'YYYY-MM') end, count(*)
						from published_practice where id = any(cast(string_to_array(:ids, ',') as bigint[]))
						group by 1 order by 1 nulls last""")
				.param("ids", IdList.of(ids))
				.query(rs -> {
					if (rs.getString(1) == null) {
						yearOnly[0] = rs.getLong(2);
					}
					else {
						months.put(YearMonth.parse(rs.getString(1)), rs.getLong(2));
					}
				});
		}
		return new Timeline(withEmptyMonths(months), yearOnly[0]);
	}

	/**
	 * A timeline shows the months without starts too, or a gap would look like a steady
	 * run.
	 */
	private static Map<YearMonth, Long> withEmptyMonths(Map<YearMonth, Long> months) {
		if (months.isEmpty()) {
			return months;
		}
		Map<YearMonth, Long> all = new LinkedHashMap<>();
		YearMonth last = months.keySet().stream().max(YearMonth::compareTo).orElseThrow();
		for (YearMonth m = months.keySet().iterator().next(); !m.isAfter(last); m = m.plusMonths(1)) {
			all.put(m, months.getOrDefault(m, 0L));
		}
		return all;
	}

}
