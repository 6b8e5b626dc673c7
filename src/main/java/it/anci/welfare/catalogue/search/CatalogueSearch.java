package it.anci.welfare.catalogue.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.catalogue.CatalogueFilter;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.FilterOption;

import org.springframework.stereotype.Component;

/**
 * Evaluates catalogue queries: the text through {@link TextSearch}, the filters and facet
 * counts through the {@link FacetIndex}, and the order of the results; the shown rows are
 * read by {@link SummaryReader}.
 */
@Component
public class CatalogueSearch {

	private final FacetIndex index;

	private final TextSearch text;

	CatalogueSearch(FacetIndex index, TextSearch text) {
		this.index = index;
		this.text = text;
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
			FacetIndex.TextMatch match = this.text.matching(snapshot, query.text());
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

	/** Every matching id in the query's order (exports). */
	public List<Long> allIds(CatalogueQuery query) {
		return ids(match(query), 0, Integer.MAX_VALUE);
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

}
