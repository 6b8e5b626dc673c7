package it.anci.welfare.catalogue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import it.anci.welfare.territory.SizeClass;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Evaluates catalogue queries: the text through PostgreSQL full-text search, the filters
 * and facet counts through the {@link FacetIndex}, the shown rows through one SQL
 * statement by id. Text and codes are bound parameters.
 */
@Component
class CatalogueSearch {

	private static final String MARK_START = "[[[mark]]]";

	private static final String MARK_END = "[[[/mark]]]";

	/**
	 * The user's words as a tsquery; {@code :q} is bound to
	 * {@link SearchText#tsQuery(String)}.
	 */
	private static final String TS_QUERY = "to_tsquery('italian_unaccent', :q)";

	/**
	 * The ids bound as {@code :ids} (see {@link #idList}) with their position, to keep
	 * the query's order. One text parameter rather than one parameter per id: PostgreSQL
	 * accepts at most 65,535 parameters per statement.
	 */
	static final String IDS_IN_ORDER = "unnest(cast(string_to_array(:ids, ',') as bigint[])) "
			+ "with ordinality as wanted(id, position)";

	private final JdbcClient jdbc;

	private final FacetIndex index;

	private final SearchHelp help;

	CatalogueSearch(JdbcClient jdbc, FacetIndex index, SearchHelp help) {
		this.jdbc = jdbc;
		this.index = index;
		this.help = help;
	}

	/**
	 * The text as a tsquery; place names are searched as typed (see {@link SearchText}).
	 */
	private String tsQuery(String text) {
		return SearchText.tsQuery(text, this.help::isPlaceName);
	}

	record Counts(long total, Map<CatalogueFilter, Map<String, Long>> facets, Map<CatalogueFilter, Long> totalWithout) {
	}

	/**
	 * A query evaluated on one index snapshot: the cards matching the text, each filter's
	 * cards and the result.
	 */
	record Matches(CatalogueQuery query, FacetIndex.Snapshot snapshot, BitSet text, int[] byRelevance,
			Map<CatalogueFilter, BitSet> filters, BitSet result) {
	}

	Matches match(CatalogueQuery query) {
		FacetIndex.Snapshot snapshot = this.index.current();
		BitSet text = snapshot.all();
		int[] byRelevance = null;
		if (query.hasText()) {
			String tsQuery = tsQuery(query.text());
			FacetIndex.TextMatch match = snapshot.textMatches().get(tsQuery);
			if (match == null) { // computed outside the map's lock: a slow query must not
									// hold up the others
				match = textMatch(snapshot, tsQuery);
				snapshot.textMatches().put(tsQuery, match);
			}
			text = match.cards();
			byRelevance = match.byRelevance();
		}
		Map<CatalogueFilter, BitSet> filters = new EnumMap<>(CatalogueFilter.class);
		query.selected()
			.forEach((filter, options) -> filters.put(filter,
					snapshot.anyOf(filter, options.stream().map(FilterOption::code).toList())));
		return new Matches(query, snapshot, text, byRelevance, filters, intersection(text, filters, null));
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
		// sorted by PostgreSQL: ties go to the snapshot's order (most recent first);
		// sorting 40,000 boxed ranks in
		// Java cost as much as the query (issue 16)
		this.jdbc
			.sql("select id from published_practice where search_vector @@ " + TS_QUERY
					+ " order by ts_rank_cd(search_vector, " + TS_QUERY + ", 32) desc, start_date desc, id desc")
			.param("q", tsQuery)
			.query(rs -> {
				Integer position = snapshot.positions().get(rs.getLong(1));
				if (position != null) { // published after the snapshot was taken: shown
										// from the next version on
					cards.set(position);
					byRelevance[found[0]++] = position;
				}
			});
		return new FacetIndex.TextMatch(cards, java.util.Arrays.copyOf(byRelevance, found[0]));
	}

	/**
	 * Total, the count of every value of every facet with the other active filters, and
	 * totals without each filter.
	 */
	Counts counts(Matches matches) {
		Map<CatalogueFilter, Map<String, Long>> facets = new EnumMap<>(CatalogueFilter.class);
		Map<CatalogueFilter, Long> totalWithout = new EnumMap<>(CatalogueFilter.class);
		for (CatalogueFilter filter : CatalogueFilter.values()) {
			BitSet others = intersection(matches.text(), matches.filters(), filter);
			long[] otherWords = others.toLongArray();
			Map<String, Long> counts = new HashMap<>();
			// counted word by word: a clone of every value's bitset for each request made
			// 3 MB of garbage at 100,000 cards
			matches.snapshot()
				.words()
				.getOrDefault(filter, Map.of())
				.forEach((code, cards) -> counts.put(code, (long) andCardinality(cards, otherWords)));
			facets.put(filter, counts);
			if (matches.filters().containsKey(filter)) {
				totalWithout.put(filter, (long) others.cardinality());
			}
		}
		return new Counts(matches.result().cardinality(), facets, totalWithout);
	}

	/**
	 * Ids of the matching cards from {@code offset}, at most {@code limit}, in the
	 * query's order.
	 */
	List<Long> ids(Matches matches, int offset, int limit) {
		BitSet result = matches.result();
		FacetIndex.Snapshot snapshot = matches.snapshot();
		List<Integer> positions = new ArrayList<>();
		int wanted = offset + limit;
		switch (matches.query().sort()) {
			case RECENTI -> collectInPositionOrder(result, wanted, positions);
			case TITOLO -> collect(snapshot.byTitle(), result, wanted, positions);
			case COMUNE -> collect(snapshot.byComune(), result, wanted, positions);
			case RILEVANZA -> {
				if (matches.byRelevance() == null) { // no text: nothing to rank, the most
														// recent come first
					collectInPositionOrder(result, wanted, positions);
				}
				else {
					collect(matches.byRelevance(), result, wanted, positions);
				}
			}
		}
		return positions.stream().skip(offset).limit(limit).map(p -> snapshot.ids()[p]).toList();
	}

	/** Positions follow the "most recent" order, so the first set bits are the answer. */
	private static void collectInPositionOrder(BitSet result, int wanted, List<Integer> positions) {
		for (int p = result.nextSetBit(0); p >= 0 && positions.size() < wanted; p = result.nextSetBit(p + 1)) {
			positions.add(p);
		}
	}

	/**
	 * The published cards most like a card: 3 points per shared service area, 2 per
	 * target group, 1 per kind of intervention, minus the distance between size classes;
	 * only cards sharing an area or a target group; ties by title. Scored over the
	 * bitsets: the same in SQL took half a second per card page at 100,000 cards.
	 */
	List<Long> similar(long excludedId, List<String> areas, List<String> targets, List<String> kinds, SizeClass size,
			int limit) {
		FacetIndex.Snapshot snapshot = this.index.current();
		int[] score = new int[snapshot.size()];
		BitSet candidates = new BitSet(snapshot.size());
		addPoints(snapshot, CatalogueFilter.AREA, areas, 3, score, candidates);
		addPoints(snapshot, CatalogueFilter.UTENZA, targets, 2, score, candidates);
		addPoints(snapshot, CatalogueFilter.INTERVENTO, kinds, 1, score, new BitSet());
		for (SizeClass other : SizeClass.values()) {
			addPoints(snapshot, CatalogueFilter.DIMENSIONE, List.of(other.code()),
					-Math.abs(other.ordinal() - size.ordinal()), score, new BitSet());
		}
		Integer self = snapshot.positions().get(excludedId);
		if (self != null) {
			candidates.clear(self);
		}
		Comparator<Integer> best = Comparator.comparingInt((Integer p) -> -score[p])
			.thenComparingInt(p -> snapshot.titleRank()[p]);
		List<Integer> top = new ArrayList<>(limit + 1);
		for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
			if (top.size() < limit || best.compare(p, top.get(top.size() - 1)) < 0) {
				int at = 0;
				while (at < top.size() && best.compare(top.get(at), p) < 0) {
					at++;
				}
				top.add(at, p);
				if (top.size() > limit) {
					top.remove(limit);
				}
			}
		}
		return top.stream().map(p -> snapshot.ids()[p]).toList();
	}

	private static void addPoints(FacetIndex.Snapshot snapshot, CatalogueFilter filter, List<String> codes, int points,
			int[] score, BitSet having) {
		Map<String, BitSet> byCode = snapshot.values().getOrDefault(filter, Map.of());
		for (String code : codes) {
			BitSet cards = byCode.get(code);
			if (cards != null) {
				cards.stream().forEach(p -> score[p] += points);
				having.or(cards);
			}
		}
	}

	static String idList(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	/** Every matching id in the query's order (exports). */
	List<Long> allIds(CatalogueQuery query) {
		return ids(match(query), 0, Integer.MAX_VALUE);
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
		String snippet = highlight ? "ts_headline('italian_unaccent', p.description, " + TS_QUERY + ", 'StartSel="
				+ MARK_START + ", StopSel=" + MARK_END
				+ ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"')" : "p.description";
		String sql = "select p.slug, p.title, p.provider_name, c.name as comune_name, p.comune_code, pr.car_plate, "
				+ "r.name as region_name, p.classification, p.provenance, p.start_date, p.start_precision, p.start_basis, "
				+ snippet + " as snippet, p.description " + "from " + IDS_IN_ORDER + " "
				+ "join practice p on p.id = wanted.id join comune c on c.istat_code = p.comune_code "
				+ "join province pr on pr.code = p.province_code join region r on r.code = p.region_code "
				+ "order by wanted.position";
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", idList(ids));
		if (highlight) {
			parameters.put("q", tsQuery(query.text()));
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

	private static void collect(int[] order, BitSet result, int wanted, List<Integer> positions) {
		for (int i = 0; i < order.length && positions.size() < wanted; i++) {
			if (result.get(order[i])) {
				positions.add(order[i]);
			}
		}
	}

	/** The number of bits set in both. */
	static int andCardinality(long[] a, long[] b) {
		int count = 0;
		for (int i = Math.min(a.length, b.length) - 1; i >= 0; i--) {
			count += Long.bitCount(a[i] & b[i]);
		}
		return count;
	}

	/** The text matches and every filter except {@code excluded}. */
	private static BitSet intersection(BitSet text, Map<CatalogueFilter, BitSet> filters, CatalogueFilter excluded) {
		BitSet result = (BitSet) text.clone();
		filters.forEach((filter, cards) -> {
			if (filter != excluded) {
				result.and(cards);
			}
		});
		return result;
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
		return String.join(" ", java.util.Arrays.copyOf(parts, words)) + " …";
	}

}
