package it.anci.welfare.catalogue.search;

import java.util.Arrays;
import java.util.BitSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

	/**
	 * The lexemes of the user's wordings searched lately: «comune», «comuni» and «comune
	 * di» are one entry of the text cache, {@code 'comun'}.
	 */
	private final Cache<String, String> lexemes = Caffeine.newBuilder().maximumSize(10_000).build();

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

	/**
	 * The text's distinct lexemes as PostgreSQL's tsquery text, empty for stop words
	 * alone: the key of its matches.
	 */
	String lexemes(String text) {
		return this.lexemes.get(tsQuery(text),
				tsQuery -> this.jdbc.sql("select " + TS_QUERY + "::text")
					.param("q", tsQuery)
					.query(String.class)
					.single());
	}

	/** The cards of the snapshot matching the text. */
	FacetIndex.TextMatch matching(FacetIndex.Snapshot snapshot, String text) {
		String lexemes = lexemes(text);
		FacetIndex.TextMatch match = snapshot.textMatches().get(lexemes);
		if (match == null) { // computed outside the map's lock: a slow query must not
								// hold up the others
			match = textMatch(snapshot, lexemes);
			snapshot.textMatches().put(lexemes, match);
		}
		return match;
	}

	/**
	 * Every published card of the snapshot matching the text, ordered once by relevance
	 * (title words weigh most, then the most recent): sorting 40,000 matches on every
	 * page request cost more than the rest of the page.
	 */
	private FacetIndex.TextMatch textMatch(FacetIndex.Snapshot snapshot, String lexemes) {
		BitSet cards = new BitSet(snapshot.size());
		if (lexemes.isEmpty()) {
			return new FacetIndex.TextMatch(cards, new int[0]);
		}
		long[] byRank = new long[snapshot.size()];
		int[] found = { 0 };
		// ranked by PostgreSQL and sorted here: its sort of 91,000 matches was 100 ms
		// of a first request (three keys compared through function calls), a primitive
		// sort takes a few. The narrow practice_search keeps the vectors in line, where
		// practice's wide rows sent them out of line (V31, issue 16).
		this.jdbc.sql("""
				select practice_id, ts_rank_cd(search_vector, cast(:lexemes as tsquery), 32) from practice_search
				where search_vector @@ cast(:lexemes as tsquery)""").param("lexemes", lexemes).query(rs -> {
			Integer position = snapshot.positions().get(rs.getLong(1));
			if (position != null) { // a draft, or published after the snapshot was
									// taken: shown from the next version on
				cards.set(position);
				byRank[found[0]++] = rankThenPosition(rs.getFloat(2), position);
			}
		});
		Arrays.sort(byRank, 0, found[0]);
		int[] byRelevance = new int[found[0]];
		for (int i = 0; i < byRelevance.length; i++) {
			byRelevance[i] = (int) byRank[i];
		}
		return new FacetIndex.TextMatch(cards, byRelevance);
	}

	/**
	 * A sort key ascending from the highest rank, then from the first position, which is
	 * the most recent card ({@code start_date desc, id desc}): the bits of a non-negative
	 * float order as the float does.
	 */
	private static long rankThenPosition(float rank, int position) {
		return (long) (Integer.MAX_VALUE - Float.floatToIntBits(rank)) << 32 | position;
	}

}
