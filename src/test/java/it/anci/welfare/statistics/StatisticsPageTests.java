package it.anci.welfare.statistics;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.anci.welfare.catalogue.CatalogueFilter;
import it.anci.welfare.catalogue.search.CatalogueFilters;
import it.anci.welfare.catalogue.FilterOption;
import it.anci.welfare.support.Http;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numbers of /statistiche, for searches drawn at random (the seed is logged), equal
 * counts written here independently in SQL on the practice table: a bar counts the cards
 * of the other filters that have its value.
 */
@it.anci.welfare.support.PortalTest
class StatisticsPageTests {

	private static final Logger log = LoggerFactory.getLogger(StatisticsPageTests.class);

	/** The chart of each filter and how SQL tests a card for its codes. */
	private static final Map<CatalogueFilter, String[]> CHARTS = new EnumMap<>(
			Map.of(CatalogueFilter.REGIONE, new String[] { "regioni", "region_code = any(%s)" }, CatalogueFilter.TIPO,
					new String[] { "tipologia", "classification = any(%s)" }, CatalogueFilter.AREA,
					new String[] { "aree", "service_areas && %s" }, CatalogueFilter.UTENZA,
					new String[] { "utenza", "target_groups && %s" }, CatalogueFilter.INTERVENTO,
					new String[] { "interventi", "interventions && %s" }, CatalogueFilter.PROSEGUE,
					new String[] { "prosecuzione", "continuation = any(%s)" }, CatalogueFilter.DIMENSIONE,
					new String[] { "dimensione", "size_class = any(%s)" }));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogueFilters filters;

	@Test
	void everyChartOfRandomSearchesEqualsTheSqlCountsAndItsCsv() {
		long seed = System.nanoTime();
		log.info("statistics checked for random searches, seed {}", seed);
		Random random = new Random(seed);
		List<Map<CatalogueFilter, FilterOption>> searches = new ArrayList<>();
		searches.add(Map.of());
		for (int i = 0; i < 3; i++) {
			Map<CatalogueFilter, FilterOption> search = new LinkedHashMap<>();
			for (CatalogueFilter filter : List.of(CatalogueFilter.REGIONE, CatalogueFilter.UTENZA, CatalogueFilter.TIPO,
					CatalogueFilter.AREA)) {
				if (random.nextInt(3) > 0) {
					List<FilterOption> options = this.filters.options().get(filter);
					search.put(filter, options.get(random.nextInt(options.size())));
				}
			}
			searches.add(search);
		}
		for (Map<CatalogueFilter, FilterOption> search : searches) {
			String query = query(search);
			Document page = Jsoup.parse(Http.get(this.port, "/statistiche" + query).body());
			assertThat(page.select("section.chart")).as(query).hasSizeGreaterThanOrEqualTo(CHARTS.size() + 1);
			CHARTS.forEach((filter, chart) -> {
				Map<String, Long> expected = sqlCounts(search, filter);
				Map<String, Long> shown = csv("/statistiche/" + chart[0] + ".csv" + query);
				assertThat(shown).as("%s %s", chart[0], query).isEqualTo(expected);
				assertThat(table(page, chart[0])).as("table %s %s", chart[0], query)
					.containsExactlyElementsOf(shown.values());
			});
			assertThat(timeline(query)).as("timeline %s", query).isEqualTo(sqlTimeline(search));
		}
	}

	@Test
	void barsLinkToTheSearchTheyCountAndTheSummarySaysTheLargest() {
		Document page = Jsoup.parse(Http.get(this.port, "/statistiche?tipo=NUOVO").body());
		Element regions = page.getElementById("grafico-regioni");
		Element first = regions.selectFirst("svg.chart-svg a");
		assertThat(first.attr("href")).startsWith("/pratiche?tipo=NUOVO&regione=");
		long count = Long.parseLong(first.select("text.chart-value").text());
		String region = first.attr("href").replaceFirst(".*regione=", "");
		String code = this.filters.option(CatalogueFilter.REGIONE, region).orElseThrow().code();
		assertThat(count).isEqualTo(
				this.jdbc
					.sql("select count(*) from practice where status = 'PUBLISHED' "
							+ "and classification = 'NUOVO' and region_code = ?")
					.param(code)
					.query(Long.class)
					.single());
		assertThat(first.attr("aria-label")).endsWith(": " + count + " pratiche");
		assertThat(regions.selectFirst("p.chart-summary").text()).startsWith(
				"Regione più frequente: «" + first.select("text.chart-label").text() + "», " + count + " pratiche su ");
		// no inline style anywhere (the CSP forbids it), and the stylesheet of the charts
		// is linked
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("head link[rel=stylesheet]").eachAttr("href")).anyMatch(h -> h.contains("statistics"));
	}

	/**
	 * A template file downloaded today is counted in this month's bar, as the database
	 * has it.
	 */
	@Test
	void templateDownloadsAreCountedPerMonth() {
		String slug = this.jdbc
			.sql("select slug from doc_template where status = 'PUBLISHED' order by position limit 1")
			.query(String.class)
			.single();
		assertThat(Http.get(this.port, "/modelli/" + slug + "/file.pdf", "application/pdf").statusCode())
			.isEqualTo(200);
		Map<String, Long> shown = csv("/statistiche/download-modelli.csv");
		String month = java.time.YearMonth.now(it.anci.welfare.common.TimeConfiguration.ROME).toString();
		assertThat(shown.get(month)).isPositive()
			.isEqualTo(this.jdbc
				.sql("select count(*) from download_event d "
						+ "join doc_template_file f on f.file_id = d.file_id where to_char(d.day, 'YYYY-MM') = ?")
				.param(month)
				.query(Long.class)
				.single());
		assertThat(Http.get(this.port, "/statistiche/inesistente.csv", "text/csv").statusCode()).isEqualTo(404);
	}

	private Map<String, Long> sqlCounts(Map<CatalogueFilter, FilterOption> search, CatalogueFilter chart) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (FilterOption option : this.filters.options().get(chart)) {
			Map<CatalogueFilter, FilterOption> others = new LinkedHashMap<>(search);
			others.put(chart, option);
			counts.put(option.value(), count(others, ""));
		}
		return counts;
	}

	private long count(Map<CatalogueFilter, FilterOption> search, String extra) {
		Map<String, Object> parameters = new HashMap<>();
		return this.jdbc.sql("select count(*) from practice where " + where(search, parameters) + extra)
			.params(parameters)
			.query(Long.class)
			.single();
	}

	private static String where(Map<CatalogueFilter, FilterOption> search, Map<String, Object> parameters) {
		StringBuilder sql = new StringBuilder("status = 'PUBLISHED'");
		search.forEach((filter, option) -> {
			String name = filter.parameter();
			sql.append(" and ")
				.append(CHARTS.get(filter)[1].formatted("cast(string_to_array(:" + name + ", ',') as text[])"));
			parameters.put(name, option.code());
		});
		return sql.toString();
	}

	private Map<String, Long> sqlTimeline(Map<CatalogueFilter, FilterOption> search) {
		Map<String, Object> parameters = new HashMap<>();
		Map<String, Long> months = new java.util.TreeMap<>();
		this.jdbc
			.sql("select to_char(start_date, 'YYYY-MM'), count(*) from practice where " + where(search, parameters)
					+ " and start_precision <> 'YEAR' group by 1")
			.params(parameters)
			.query(rs -> {
				months.put(rs.getString(1), rs.getLong(2));
			});
		return months;
	}

	private Map<String, Long> timeline(String query) {
		Map<String, Long> months = new java.util.TreeMap<>();
		records("/statistiche/avvio.csv" + query).stream()
			.filter(r -> Long.parseLong(r.get(2)) > 0)
			.forEach(r -> months.put(r.get(1), Long.parseLong(r.get(2))));
		return months;
	}

	/** The CSV of a chart, value → count, in the chart's order. */
	private Map<String, Long> csv(String path) {
		Map<String, Long> counts = new LinkedHashMap<>();
		records(path).forEach(r -> counts.put(r.get(1), Long.parseLong(r.get(2))));
		return counts;
	}

	private List<CSVRecord> records(String path) {
		var response = Http.get(this.port, path, "text/csv");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		try {
			return CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(response.body().replace("\uFEFF", "")))
				.getRecords();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The counts of a chart's data table, in the table's order (the chart's, as the
	 * CSV's).
	 */
	private List<Long> table(Document page, String chart) {
		return page.select("#grafico-" + chart + " table tbody tr td")
			.eachText()
			.stream()
			.map(Long::parseLong)
			.toList();
	}

	private static String query(Map<CatalogueFilter, FilterOption> search) {
		StringBuilder query = new StringBuilder();
		search.forEach((filter, option) -> query.append(query.length() == 0 ? "?" : "&")
			.append(filter.parameter())
			.append('=')
			.append(java.net.URLEncoder.encode(option.value(), java.nio.charset.StandardCharsets.UTF_8)));
		return query.toString();
	}

}
