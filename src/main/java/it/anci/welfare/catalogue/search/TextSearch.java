package it.anci.welfare.catalogue.search;

import java.util.Arrays;
import java.util.BitSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The text of a query through PostgreSQL full-text search: which published cards of an
 * index snapshot match it, in their order of relevance, remembered per snapshot.
 */
@Component
class TextSearch {

	/**
	 * The user's words as a tsquery; {@code :q} is bound to {@link #tsQuery(String)}. The
	 * database function (V31) keeps each word's distinct lexemes, once per query.
	 */
	static final String TS_QUERY = "(select catalogue_tsquery(:q))";

	private final JdbcClient jdbc;

	private final SearchHelp help;

	TextSearch(JdbcClient jdbc, SearchHelp help) {
		this.jdbc = jdbc;
		this.help = help;
	}

	/**
	 * The text as a tsquery; place names are searched as typed (see {@link SearchText}).
	 */
	String tsQuery(String text) {
		return SearchText.tsQuery(text, this.help::isPlaceName);
	}

	/** The cards of the snapshot matching the text. */
	FacetIndex.TextMatch matching(FacetIndex.Snapshot snapshot, String text) {
		String tsQuery = tsQuery(text);
		FacetIndex.TextMatch match = snapshot.textMatches().get(tsQuery);
		if (match == null) { // computed outside the map's lock: a slow query must not
								// hold up the others
			match = textMatch(snapshot, tsQuery);
			snapshot.textMatches().put(tsQuery, match);
		}
		return match;
	}

	/**
	 * Every published card of the snapshot matching the text, ordered once by relevance
	 * (title words weigh most, then the most recent): sorting 40,000 matches on every
	 * page request cost more than the rest of the page.
	 */
	private FacetIndex.TextMatch textMatch(FacetIndex.Snapshot snapshot, String tsQuery) {
		BitSet cards = new BitSet(snapshot.size());
		int[] byRelevance = new int[snapshot.size()];
		int[] found = { 0 };
		// sorted by PostgreSQL, ties most recent first: sorting 40,000 boxed ranks in
		// Java cost as much as the query. The narrow practice_search keeps the vectors
		// in line, where practice's wide rows sent them out of line (V31, issue 16).
		this.jdbc
			.sql("select practice_id from practice_search where search_vector @@ " + TS_QUERY + " order by ts_rank_cd("
					+ "search_vector, " + TS_QUERY + ", 32) desc, start_date desc, practice_id desc")
			.param("q", tsQuery)
			.query(rs -> {
				Integer position = snapshot.positions().get(rs.getLong(1));
				if (position != null) { // a draft, or published after the snapshot was
										// taken: shown from the next version on
					cards.set(position);
					byRelevance[found[0]++] = position;
				}
			});
		return new FacetIndex.TextMatch(cards, Arrays.copyOf(byRelevance, found[0]));
	}

}
