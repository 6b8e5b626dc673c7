package it.anci.welfare.catalogue.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.DatePrecision;
import it.anci.welfare.catalogue.PracticeSummary;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.StartDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads the shown rows of a list by id, in one SQL statement, with their snippet: the
 * passages matching the query's text highlighted, or else the description's first words.
 */
@Component
class SummaryReader {

	private static final String MARK_START = "[[[mark]]]";

	private static final String MARK_END = "[[[/mark]]]";

	private final JdbcClient jdbc;

	private final TextSearch text;

	SummaryReader(JdbcClient jdbc, TextSearch text) {
		this.jdbc = jdbc;
		this.text = text;
	}

	/**
	 * Summaries of the given practices, in the given order; with a text query the snippet
	 * highlights it.
	 */
	List<PracticeSummary> summaries(List<Long> ids, Map<String, String> classificationNames, CatalogueQuery query) {
		if (ids.isEmpty()) {
			return List.of();
		}
		boolean highlight = query != null && query.hasText();
		String snippet = highlight ? "ts_headline('italian_unaccent', p.description, " + TextSearch.TS_QUERY
				+ ", 'StartSel=" + MARK_START + ", StopSel=" + MARK_END
				+ ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"')" : "p.description";
		String sql = "select p.slug, p.title, p.provider_name, c.name as comune_name, p.comune_code, pr.car_plate, "
				+ "r.name as region_name, p.classification, p.provenance, p.start_date, p.start_precision, p.start_basis, "
				+ snippet + " as snippet, p.description " + "from " + IdList.IN_ORDER + " "
				+ "join practice p on p.id = wanted.id join comune c on c.istat_code = p.comune_code "
				+ "join province pr on pr.code = p.province_code join region r on r.code = p.region_code "
				+ "order by wanted.position";
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", IdList.of(ids));
		if (highlight) {
			parameters.put("q", this.text.tsQuery(query.text()));
		}
		return this.jdbc.sql(sql)
			.params(parameters)
			.query((rs, n) -> new PracticeSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7),
					classificationNames.getOrDefault(rs.getString(8), rs.getString(8)),
					Provenance.valueOf(rs.getString(9)),
					new StartDate(rs.getDate(10).toLocalDate(), DatePrecision.valueOf(rs.getString(11)),
							StartBasis.valueOf(rs.getString(12))),
					highlight ? highlight(withEllipses(rs.getString(13), rs.getString(14)))
							: HtmlUtils.htmlEscape(abbreviateWords(rs.getString(13), 40))))
			.list();
	}

	/**
	 * A headline starts and ends at a word, but often inside a sentence: an ellipsis says
	 * the text goes on (issue 15: snippets started mid-sentence in lower case, as if the
	 * card began there).
	 */
	static String withEllipses(String headline, String description) {
		String plain = headline.replace(MARK_START, "").replace(MARK_END, "").strip();
		String[] fragments = plain.split(" … ");
		String result = headline.strip();
		if (!description.strip().startsWith(fragments[0])) {
			result = "… " + result;
		}
		if (!description.strip().endsWith(fragments[fragments.length - 1])) {
			result = result + " …";
		}
		return result;
	}

	/**
	 * Escapes the headline, then turns the markers PostgreSQL put around matched words
	 * into {@code <mark>}.
	 */
	static String highlight(String headline) {
		return HtmlUtils.htmlEscape(headline).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
	}

	static String abbreviateWords(String text, int words) {
		String[] parts = text.split("\\s+");
		if (parts.length <= words) {
			return text;
		}
		return String.join(" ", Arrays.copyOf(parts, words)) + " …";
	}

}
