package it.anci.welfare.catalogue.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.anci.welfare.catalogue.CatalogueFilter;
import it.anci.welfare.catalogue.taxonomy.TaxonomyService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published cards' filter codes as bitsets, rebuilt when the catalogue version
 * changes. Facet counts over 100,000 cards cost about a second in SQL on our 2-core
 * machines (one aggregate per facet, each excluding its own filter) and well under a
 * millisecond with bitsets: see perf/README.md.
 */
@Component
class FacetIndex {

	private final JdbcClient jdbc;

	private volatile Snapshot snapshot;

	private final TaxonomyService taxonomy;

	private final ApplicationEventPublisher events;

	FacetIndex(JdbcClient jdbc, TaxonomyService taxonomy, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.events = events;
	}

	/** A new snapshot, published once it is current. */
	record Indexed(Snapshot snapshot) {
	}

	/**
	 * The index of the current catalogue version: positions follow the "most recent"
	 * order, {@code byTitle} and {@code byComune} list positions in the other orders,
	 * {@code titleRank} gives each position's rank by title.
	 */
	record Snapshot(long version, long[] ids, Map<Long, Integer> positions,
			Map<CatalogueFilter, Map<String, BitSet>> values, Map<CatalogueFilter, Map<String, long[]>> words,
			int[] byTitle, int[] titleRank, int[] byComune, int comuni, TextMatches textMatches) {

		int size() {
			return this.ids.length;
		}

		/** How many cards have this code for the filter. */
		int count(CatalogueFilter filter, String code) {
			BitSet cards = this.values.getOrDefault(filter, Map.of()).get(code);
			return cards == null ? 0 : cards.cardinality();
		}

		BitSet all() {
			BitSet all = new BitSet(size());
			all.set(0, size());
			return all;
		}

		/** Cards having any of the codes for the filter. */
		BitSet anyOf(CatalogueFilter filter, List<String> codes) {
			BitSet matches = new BitSet(size());
			Map<String, BitSet> byCode = this.values.getOrDefault(filter, Map.of());
			codes.forEach(code -> {
				BitSet cards = byCode.get(code);
				if (cards != null) {
					matches.or(cards);
				}
			});
			return matches;
		}

	}

	/**
	 * The cards matching a text query, their positions from the most relevant, and their
	 * ranks in the order of their positions (a word's ranks are added up when it is
	 * searched with others). Kept per snapshot for the most recent queries: a user who
	 * searches then narrows with filters or pages repeats the same text.
	 */
	record TextMatch(BitSet cards, int[] byRelevance, float[] ranks) {

		long bytes() {
			return 64 + this.cards.size() / 8 + 8L * this.byRelevance.length;
		}

	}

	/**
	 * The most recently used text matches, up to a memory budget. A count of 500 was too
	 * few: the 2,400 URLs of the throughput mix hold 1,073 texts, and an LRU cache
	 * smaller than a cycle misses every time (perf/README.md).
	 */
	static final class TextMatches {

		/**
		 * About 900 texts of 5,000 matches each at 100,000 cards (bits, order and ranks);
		 * every text, with room, at 227.
		 */
		static final long BUDGET_BYTES = 48L * 1024 * 1024;

		private final LinkedHashMap<String, TextMatch> matches = new LinkedHashMap<>(256, 0.75f, true);

		private long bytes;

		synchronized TextMatch get(String tsQuery) {
			return this.matches.get(tsQuery);
		}

		synchronized void put(String tsQuery, TextMatch match) {
			TextMatch previous = this.matches.put(tsQuery, match);
			this.bytes += match.bytes() - (previous == null ? 0 : previous.bytes());
			Iterator<TextMatch> eldest = this.matches.values().iterator();
			while (this.bytes > BUDGET_BYTES && this.matches.size() > 1) {
				this.bytes -= eldest.next().bytes();
				eldest.remove();
			}
		}

		synchronized int size() {
			return this.matches.size();
		}

	}

	Snapshot current() {
		long version = this.jdbc.sql("select version from catalogue_state").query(Long.class).single();
		Snapshot current = this.snapshot;
		if (current == null || current.version() != version) {
			synchronized (this) {
				current = this.snapshot;
				if (current == null || current.version() != version) {
					current = load(version);
					this.snapshot = current;
					// an administrator may have renamed a term on another instance: the
					// same version bump tells us
					this.taxonomy.reload();
					this.events.publishEvent(new Indexed(current));
				}
			}
		}
		return current;
	}

	private Snapshot load(long version) {
		List<Long> ids = new ArrayList<>();
		List<Integer> titleRanks = new ArrayList<>();
		List<Integer> comuneRanks = new ArrayList<>();
		Set<String> comuni = new HashSet<>();
		Map<CatalogueFilter, Map<String, BitSet>> values = new EnumMap<>(CatalogueFilter.class);
		this.jdbc
			.sql("""
					select p.id, p.comune_code, p.classification, p.service_areas, p.target_groups, p.interventions, p.region_code,
					       p.province_code, p.size_class, p.continuation, p.provenance,
					       practice_current_state(p.id) as current_state,
					       row_number() over (order by p.title collate "it-x-icu", p.id) - 1 as title_rank,
					       row_number() over (order by c.name collate "it-x-icu", p.title collate "it-x-icu", p.id) - 1 as comune_rank
					from published_practice p join comune c on c.istat_code = p.comune_code
					order by p.start_date desc, p.id desc""")
			.query(rs -> {
				int position = ids.size();
				ids.add(rs.getLong("id"));
				for (CatalogueFilter filter : CatalogueFilter.values()) {
					for (String code : codes(rs, filter)) {
						values.computeIfAbsent(filter, f -> new HashMap<>())
							.computeIfAbsent(code, c -> new BitSet())
							.set(position);
					}
				}
				titleRanks.add(rs.getInt("title_rank"));
				comuneRanks.add(rs.getInt("comune_rank"));
				comuni.add(rs.getString("comune_code"));
			});
		long[] idArray = ids.stream().mapToLong(Long::longValue).toArray();
		Map<Long, Integer> positions = new HashMap<>(idArray.length * 2);
		for (int i = 0; i < idArray.length; i++) {
			positions.put(idArray[i], i);
		}
		Map<CatalogueFilter, Map<String, long[]>> words = new EnumMap<>(CatalogueFilter.class);
		values.forEach((filter, byCode) -> {
			Map<String, long[]> codeWords = new HashMap<>();
			byCode.forEach((code, cards) -> codeWords.put(code, cards.toLongArray()));
			words.put(filter, codeWords);
		});
		return new Snapshot(version, idArray, positions, values, words, order(titleRanks),
				titleRanks.stream().mapToInt(Integer::intValue).toArray(), order(comuneRanks), comuni.size(),
				new TextMatches());
	}

	private static List<String> codes(ResultSet rs, CatalogueFilter filter) throws SQLException {
		if (filter.array()) {
			Array array = rs.getArray(filter.column());
			return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
		}
		return List.of(rs.getString(filter.column()));
	}

	/** Positions sorted by rank: {@code order[rank] = position}. */
	private static int[] order(List<Integer> ranks) {
		int[] order = new int[ranks.size()];
		for (int position = 0; position < ranks.size(); position++) {
			order[ranks.get(position)] = position;
		}
		return order;
	}

}
