package it.anci.welfare.catalogue.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import it.anci.welfare.catalogue.CatalogueFilter;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.PlaceSuggestion;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * What the search box understands beyond the cards' words: names of places, searched as
 * typed and offered as filters, and "Forse cercavi" corrections taken from the
 * catalogue's own words by trigram similarity (pg_trgm).
 */
@Component
class SearchHelp {

	private static final int SHORTEST_CORRECTED_WORD = 4;

	private final CatalogueVocabulary vocabulary;

	private final TerritoryService territory;

	private final CatalogueFilters filters;

	SearchHelp(CatalogueVocabulary vocabulary, TerritoryService territory, CatalogueFilters filters) {
		this.vocabulary = vocabulary;
		this.territory = territory;
		this.filters = filters;
	}

	boolean isPlaceName(String word) {
		return this.territory.placeNames().contains(plain(word));
	}

	/** The provinces, regions and comuni called exactly what the user typed. */
	List<PlaceSuggestion> places(CatalogueQuery query) {
		List<PlaceSuggestion> places = new ArrayList<>();
		if (!query.hasText()) {
			return places;
		}
		String typed = plain(query.text().strip());
		if (!this.territory.placeNames().contains(typed)) {
			return places;
		}
		CatalogueQuery without = query.withoutText();
		this.territory.regions()
			.stream()
			.filter(r -> plain(r.shortName()).equals(typed) || plain(r.name()).equals(typed))
			.forEach(r -> this.filters.option(CatalogueFilter.REGIONE, r.slug())
				.ifPresent(o -> places.add(new PlaceSuggestion("catalogue.place.region", r.shortName(),
						without.urlWith(CatalogueFilter.REGIONE, o)))));
		this.territory.provinces()
			.stream()
			.filter(p -> plain(p.name()).equals(typed))
			.forEach(p -> this.filters.option(CatalogueFilter.PROVINCIA, p.carPlate())
				.ifPresent(o -> places.add(new PlaceSuggestion("catalogue.place.province", p.name(),
						without.urlWith(CatalogueFilter.PROVINCIA, o)))));
		for (Comune comune : this.territory.searchComuni(query.text().strip(), 10)) {
			if (plain(comune.name()).equals(typed)) {
				places.add(new PlaceSuggestion("catalogue.place.comune",
						comune.name() + " (" + comune.province().carPlate() + ")", "/comuni/" + comune.istatCode()));
			}
		}
		return places;
	}

	/**
	 * The text with each unknown word replaced by the most similar word of the published
	 * cards, if any changed.
	 */
	Optional<String> correction(String text, long catalogueVersion) {
		CatalogueVocabulary.Words vocabulary = this.vocabulary.of(catalogueVersion);
		List<String> words = SearchText.words(text);
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : words) {
			Optional<String> better = word.length() < SHORTEST_CORRECTED_WORD || isPlaceName(word) ? Optional.empty()
					: vocabulary.corrections().computeIfAbsent(plain(word), w -> closestWord(w, vocabulary));
			corrected.add(better.orElse(word));
			changed |= better.isPresent();
		}
		return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
	}

	/**
	 * The most similar word of the published cards by pg_trgm's rule (trigram similarity
	 * at least 0.3, its {@code %}), then the word of more cards, then the first
	 * alphabetically.
	 */
	private Optional<String> closestWord(String word, CatalogueVocabulary.Words vocabulary) {
		long[] typed = trigrams(word);
		String best = null;
		float bestSimilarity = 0;
		int bestCards = 0;
		for (int i = 0; i < vocabulary.words().length; i++) {
			String candidate = vocabulary.words()[i];
			// a word has at most one trigram more than its letters: one far shorter
			// cannot reach the threshold
			if ((candidate.length() + 1) < SIMILARITY_THRESHOLD * typed.length || candidate.equals(word)) {
				continue;
			}
			float similarity = similarity(typed, trigrams(candidate));
			int cards = vocabulary.cards()[i];
			if (similarity >= SIMILARITY_THRESHOLD
					&& (best == null || similarity > bestSimilarity || similarity == bestSimilarity
							&& (cards > bestCards || cards == bestCards && candidate.compareTo(best) < 0))) {
				best = candidate;
				bestSimilarity = similarity;
				bestCards = cards;
			}
		}
		return Optional.ofNullable(best);
	}

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** pg_trgm's default {@code pg_trgm.similarity_threshold}. */
	private static final float SIMILARITY_THRESHOLD = 0.3f;

	/**
	 * pg_trgm's trigrams: each word (letters and digits) padded with two spaces before
	 * and one after; distinct, each as its three characters in one number, in order. Sets
	 * of strings made a first correction at 100,000 cards (100,000 words compared) take
	 * 200-300 ms.
	 */
	static long[] trigrams(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		String[] words = NOT_LETTERS.split(lower);
		long[] trigrams = new long[lower.length() + words.length]; // a word has one more
		int count = 0;
		for (String word : words) {
			if (!word.isEmpty()) {
				String padded = "  " + word + " ";
				for (int i = 0; i + 3 <= padded.length(); i++) {
					trigrams[count++] = (long) padded.charAt(i) << 32 | (long) padded.charAt(i + 1) << 16
							| padded.charAt(i + 2);
				}
			}
		}
		Arrays.sort(trigrams, 0, count);
		int distinct = 0;
		for (int i = 0; i < count; i++) {
			if (distinct == 0 || trigrams[i] != trigrams[distinct - 1]) {
				trigrams[distinct++] = trigrams[i];
			}
		}
		return Arrays.copyOf(trigrams, distinct);
	}

	/**
	 * pg_trgm's {@code similarity}: shared trigrams over all the trigrams of both, in
	 * single precision as there.
	 */
	static float similarity(long[] a, long[] b) {
		int common = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		int all = a.length + b.length - common;
		return all == 0 ? 0 : (float) common / (float) all;
	}

	static String plain(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ITALIAN), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
	}

}
