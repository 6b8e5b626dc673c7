package it.anci.welfare.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The SQL of the catalogue: one statement for the total and every facet count (each facet counted with all the other
 * active filters), one for the page of results. Filters and text become bound parameters, never SQL text.
 */
@Component
class CatalogueSearch {

	private static final String MARK_START = "[[[mark]]]";

	private static final String MARK_END = "[[[/mark]]]";

	private static final String TS_QUERY = "websearch_to_tsquery('italian_unaccent', :q)";

	private final JdbcClient jdbc;

	CatalogueSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Counts(long total, Map<CatalogueFilter, Map<String, Long>> facets, Map<CatalogueFilter, Long> totalWithout) {
	}

	/** Total, facet counts and, for each active filter, the total without it, in one statement. */
	Counts counts(CatalogueQuery query) {
		List<String> parts = new ArrayList<>();
		parts.add("select 'TOTAL' as facet, '' as code, count(*) as n from base where " + conditions(query, null, ""));
		for (CatalogueFilter filter : CatalogueFilter.values()) {
			String value = filter.array() ? "v" : filter.column();
			String from = filter.array() ? "base cross join unnest(" + filter.column() + ") as v" : "base";
			parts.add("select '" + filter.name() + "', " + value + ", count(*) from " + from + " where "
					+ conditions(query, filter, "") + " group by 2");
		}
		for (CatalogueFilter filter : query.selected().keySet()) {
			parts.add("select 'WITHOUT_" + filter.name() + "', '', count(*) from base where " + conditions(query, filter, ""));
		}
		String sql = "with base as (select " + columns() + " from practice p where " + visibleAndMatching(query) + ") "
				+ String.join(" union all ", parts);
		Counts counts = new Counts(0, new EnumMap<>(CatalogueFilter.class), new EnumMap<>(CatalogueFilter.class));
		long[] total = { 0 };
		this.jdbc.sql(sql).params(parameters(query)).query(rs -> {
			String facet = rs.getString(1);
			long n = rs.getLong(3);
			if (facet.equals("TOTAL")) {
				total[0] = n;
			}
			else if (facet.startsWith("WITHOUT_")) {
				counts.totalWithout().put(CatalogueFilter.valueOf(facet.substring(8)), n);
			}
			else {
				counts.facets().computeIfAbsent(CatalogueFilter.valueOf(facet), f -> new HashMap<>()).put(rs.getString(2), n);
			}
		});
		return new Counts(total[0], counts.facets(), counts.totalWithout());
	}

	/** One page of results, with highlighted snippets when there is a text query. */
	List<PracticeSummary> page(CatalogueQuery query, Map<String, String> classificationNames) {
		String snippet = query.hasText()
				? "ts_headline('italian_unaccent', p.description, " + TS_QUERY + ", 'StartSel=" + MARK_START
						+ ", StopSel=" + MARK_END + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"')"
				: "p.description";
		String sql = "select p.slug, p.title, p.provider_name, c.name as comune_name, p.comune_code, pr.car_plate, "
				+ "r.name as region_name, p.classification, p.provenance, p.start_date, " + snippet + " as snippet "
				+ "from practice p join comune c on c.istat_code = p.comune_code "
				+ "join province pr on pr.code = p.province_code join region r on r.code = p.region_code "
				+ "where " + visibleAndMatching(query) + " and " + conditions(query, null, "p.") + " order by "
				+ query.sort().orderBy() + " limit :limit offset :offset";
		Map<String, Object> parameters = parameters(query);
		parameters.put("limit", CatalogueQuery.PAGE_SIZE);
		parameters.put("offset", (query.page() - 1) * CatalogueQuery.PAGE_SIZE);
		return this.jdbc.sql(sql)
			.params(parameters)
			.query((rs, n) -> new PracticeSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7),
					classificationNames.getOrDefault(rs.getString(8), rs.getString(8)),
					Provenance.valueOf(rs.getString(9)), rs.getDate(10).toLocalDate(),
					query.hasText() ? highlight(rs.getString(11)) : HtmlUtils.htmlEscape(abbreviateWords(rs.getString(11), 40))))
			.list();
	}

	/** Summaries of the given practices, in the given order. */
	List<PracticeSummary> summaries(List<Long> ids, Map<String, String> classificationNames) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String sql = "select p.slug, p.title, p.provider_name, c.name as comune_name, p.comune_code, pr.car_plate, "
				+ "r.name as region_name, p.classification, p.provenance, p.start_date, p.description "
				+ "from unnest(cast(array[:ids] as bigint[])) with ordinality as wanted(id, position) "
				+ "join practice p on p.id = wanted.id join comune c on c.istat_code = p.comune_code "
				+ "join province pr on pr.code = p.province_code join region r on r.code = p.region_code "
				+ "order by wanted.position";
		return this.jdbc.sql(sql)
			.param("ids", ids)
			.query((rs, n) -> new PracticeSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7),
					classificationNames.getOrDefault(rs.getString(8), rs.getString(8)),
					Provenance.valueOf(rs.getString(9)), rs.getDate(10).toLocalDate(),
					HtmlUtils.htmlEscape(abbreviateWords(rs.getString(11), 40))))
			.list();
	}

	/** Ids of every matching practice in the query's order (for exports). */
	List<Long> allIds(CatalogueQuery query) {
		String sql = "select p.id from practice p join comune c on c.istat_code = p.comune_code where "
				+ visibleAndMatching(query) + " and " + conditions(query, null, "p.") + " order by " + query.sort().orderBy();
		return this.jdbc.sql(sql).params(parameters(query)).query(Long.class).list();
	}

	static String visibleAndMatching(CatalogueQuery query) {
		return "p.status = 'PUBLISHED'" + (query.hasText() ? " and p.search_vector @@ " + TS_QUERY : "");
	}

	private static String columns() {
		return java.util.Arrays.stream(CatalogueFilter.values())
			.map(CatalogueFilter::column)
			.collect(Collectors.joining(", "));
	}

	/** The active filters except {@code excluded} on the columns of {@code alias}, joined by "and". */
	private static String conditions(CatalogueQuery query, CatalogueFilter excluded, String alias) {
		List<String> conditions = new ArrayList<>();
		conditions.add("true");
		query.selected().keySet().stream().filter(f -> f != excluded).forEach(f -> conditions.add(f.condition(alias)));
		return String.join(" and ", conditions);
	}

	private static Map<String, Object> parameters(CatalogueQuery query) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", query.text());
		query.selected()
			.forEach((filter, options) -> parameters.put(filter.parameter(),
					options.stream().map(FilterOption::code).toList()));
		return parameters;
	}

	/** Escapes the headline, then turns the markers PostgreSQL put around matched words into {@code <mark>}. */
	static String highlight(String headline) {
		return HtmlUtils.htmlEscape(headline).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
	}

	static String abbreviateWords(String text, int words) {
		String[] parts = text.split("\\s+");
		if (parts.length <= words) {
			return text;
		}
		return String.join(" ", java.util.Arrays.copyOf(parts, words)) + " …";
	}

}
