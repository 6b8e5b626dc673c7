package it.anci.welfare.catalogue.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The text of a query through PostgreSQL full-text search: which published cards of an
 * index snapshot match it, in their order of relevance, remembered per snapshot.
 * <p>
 * Relevance is computed word by word, as search engines do (Lucene's BM25 is a sum over
 * the words): each typed word ranks the cards that have it by {@code ts_rank_cd} (title
 * words weigh most, and the rank levels off with repetition, {@code rank / (rank + 1)}),
 * and a card's relevance to several words is the sum of its ranks, then the most recent
 * first. Ranking a whole multi-word query at once (cover density) cost 5-8 µs a card, so
 * a new pair of frequent words took 200-580 ms at 100,000 cards; word by word, each word
 * is ranked once per snapshot (the most frequent in the background, {@link TextWarming})
 * and a new combination is an intersection of remembered words (perf/README.md, issue
 * 16).
 */
@Component
class TextSearch {

	/**
	 * The user's words as a tsquery; {@code :q} is bound to {@link #tsQuery(String)}. The
	 * database function (V31) keeps each word's distinct lexemes, once per query.
	 */
	static final String TS_QUERY = "(select catalogue_tsquery(:q))";

	/**
	 * The lexemes of each word of the user's wordings searched lately, as tsquery texts:
	 * «comune», «comuni» and «comune di» are one entry of the text cache,
	 * {@code 'comun'}.
	 */
	private final Cache<String, List<String>> words = Caffeine.newBuilder().maximumSize(10_000).build();

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
	 * alone: the key of its matches. Words are in alphabetical order, so «anziani soli»
	 * and «soli anziani» share one entry.
	 */
	String lexemes(String text) {
		return key(words(text));
	}

	private List<String> words(String text) {
		return this.words.get(tsQuery(text), tsQuery -> this.jdbc.sql("""
				select distinct catalogue_tsquery(word)::text from unnest(string_to_array(:q, ' & ')) as word""")
			.param("q", tsQuery)
			.query(String.class)
			.list()
			.stream()
			.filter(word -> !word.isEmpty())
			.sorted()
			.toList());
	}

	private static String key(List<String> words) {
		return (words.size() == 1) ? words.get(0)
				: String.join(" & ", words.stream().map(word -> "(" + word + ")").toList());
	}

	/**
	 * How many cards have each lexeme, for those in at least that many: 3-4 s at 100,000
	 * cards, for the background.
	 */
	Map<String, Integer> cardsOfLexemes(int atLeast) {
		Map<String, Integer> cards = new HashMap<>();
		this.jdbc.sql("select word, ndoc from ts_stat('select search_vector from practice_search') where ndoc >= :n")
			.param("n", atLeast)
			.query(rs -> {
				cards.put(rs.getString(1), rs.getInt(2));
			});
		return cards;
	}

	/** The cards of the snapshot matching the text. */
	FacetIndex.TextMatch matching(FacetIndex.Snapshot snapshot, String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			return new FacetIndex.TextMatch(new BitSet(), new int[0], new float[0]);
		}
		if (words.size() == 1) {
			return remembered(snapshot, words.get(0), () -> wordMatch(snapshot, words.get(0)));
		}
		return remembered(snapshot, key(words), () -> {
			List<FacetIndex.TextMatch> each = new ArrayList<>();
			for (String word : words) {
				each.add(remembered(snapshot, word, () -> wordMatch(snapshot, word)));
			}
			return allOf(each);
		});
	}

	private static FacetIndex.TextMatch remembered(FacetIndex.Snapshot snapshot, String key,
			Supplier<FacetIndex.TextMatch> search) {
		FacetIndex.TextMatch match = snapshot.textMatches().get(key);
		if (match == null) { // computed outside the map's lock: a slow query must not
								// hold up the others
			match = search.get();
			snapshot.textMatches().put(key, match);
		}
		return match;
	}

	/**
	 * Every published card of the snapshot having one word (any of its lexemes), ranked.
	 * Ranked by PostgreSQL and sorted here: its sort of 91,000 matches was 100 ms of a
	 * first request (three keys compared through function calls), a primitive sort takes
	 * a few. The narrow practice_search keeps the vectors in line, where practice's wide
	 * rows sent them out of line (V31, issue 16).
	 */
	private FacetIndex.TextMatch wordMatch(FacetIndex.Snapshot snapshot, String word) {
		BitSet cards = new BitSet(snapshot.size());
		float[] rankAt = new float[snapshot.size()];
		this.jdbc.sql("""
				select practice_id, ts_rank_cd(search_vector, cast(:word as tsquery), 32) from practice_search
				where search_vector @@ cast(:word as tsquery)""").param("word", word).query(rs -> {
			Integer position = snapshot.positions().get(rs.getLong(1));
			if (position != null) { // a draft, or published after the snapshot was
									// taken: shown from the next version on
				cards.set(position);
				rankAt[position] = rs.getFloat(2);
			}
		});
		return ranked(cards, rankAt);
	}

	/**
	 * The cards having every word, each ranked by the sum of its words' ranks: the
	 * intersection of the words' matches, walked once per word.
	 */
	private static FacetIndex.TextMatch allOf(List<FacetIndex.TextMatch> words) {
		BitSet cards = (BitSet) words.get(0).cards().clone();
		words.forEach(word -> cards.and(word.cards()));
		float[] rankAt = new float[cards.length()];
		for (FacetIndex.TextMatch word : words) {
			BitSet having = word.cards();
			int i = 0;
			for (int position = having.nextSetBit(0); position >= 0; position = having.nextSetBit(position + 1)) {
				if (cards.get(position)) {
					rankAt[position] += word.ranks()[i];
				}
				i++;
			}
		}
		return ranked(cards, rankAt);
	}

	/**
	 * The cards in order of relevance, and their ranks in the order of their positions.
	 */
	private static FacetIndex.TextMatch ranked(BitSet cards, float[] rankAt) {
		long[] byRank = new long[cards.cardinality()];
		float[] ranks = new float[byRank.length];
		int i = 0;
		for (int position = cards.nextSetBit(0); position >= 0; position = cards.nextSetBit(position + 1), i++) {
			ranks[i] = rankAt[position];
			byRank[i] = rankThenPosition(rankAt[position], position);
		}
		Arrays.sort(byRank);
		int[] byRelevance = new int[byRank.length];
		for (i = 0; i < byRelevance.length; i++) {
			byRelevance[i] = (int) byRank[i];
		}
		return new FacetIndex.TextMatch(cards, byRelevance, ranks);
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
