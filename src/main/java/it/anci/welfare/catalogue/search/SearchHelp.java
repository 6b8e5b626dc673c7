package it.anci.welfare.catalogue.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
		long[] typed = Trigrams.of(word);
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
			float similarity = Trigrams.similarity(typed, vocabulary.trigrams()[i]);
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

	/** pg_trgm's default {@code pg_trgm.similarity_threshold}. */
	private static final float SIMILARITY_THRESHOLD = 0.3f;

	static String plain(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ITALIAN), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
	}

}
