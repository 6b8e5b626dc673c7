package it.anci.welfare.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the search box understands beyond the cards' words: names of places, searched as typed and offered as
 * filters, and "Forse cercavi" corrections taken from the catalogue's own words by trigram similarity (pg_trgm).
 */
@Component
class SearchHelp {

	private static final int SHORTEST_CORRECTED_WORD = 4;

	private final JdbcClient jdbc;

	private final TerritoryService territory;

	private final CatalogueFilters filters;

	/** Corrections of the catalogue version they were computed on: words change only when cards do. */
	private volatile Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();

	private volatile long correctionsVersion = -1;

	SearchHelp(JdbcClient jdbc, TerritoryService territory, CatalogueFilters filters) {
		this.jdbc = jdbc;
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
				.ifPresent(o -> places.add(new PlaceSuggestion("Regione " + r.shortName(), without.urlWith(CatalogueFilter.REGIONE, o)))));
		this.territory.provinces()
			.stream()
			.filter(p -> plain(p.name()).equals(typed))
			.forEach(p -> this.filters.option(CatalogueFilter.PROVINCIA, p.carPlate())
				.ifPresent(o -> places.add(new PlaceSuggestion("Provincia di " + p.name(), without.urlWith(CatalogueFilter.PROVINCIA, o)))));
		for (Comune comune : this.territory.searchComuni(query.text().strip(), 10)) {
			if (plain(comune.name()).equals(typed)) {
				places.add(new PlaceSuggestion("Comune di " + comune.name() + " (" + comune.province().carPlate() + ")",
						"/comuni/" + comune.istatCode()));
			}
		}
		return places;
	}

	/** The text with each unknown word replaced by the most similar word of the published cards, if any changed. */
	Optional<String> correction(String text, long catalogueVersion) {
		if (catalogueVersion != this.correctionsVersion) {
			this.corrections = new ConcurrentHashMap<>();
			this.correctionsVersion = catalogueVersion;
		}
		List<String> words = SearchText.words(text);
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : words) {
			Optional<String> better = word.length() < SHORTEST_CORRECTED_WORD || isPlaceName(word) ? Optional.empty()
					: this.corrections.computeIfAbsent(plain(word), this::closestWord);
			corrected.add(better.orElse(word));
			changed |= better.isPresent();
		}
		return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
	}

	private Optional<String> closestWord(String word) {
		return this.jdbc.sql("""
				select word from ts_stat('select to_tsvector(''simple'', f_unaccent(lower(title || '' '' || description)))
				                          from practice where status = ''PUBLISHED''')
				where word % :word and word <> :word
				order by similarity(word, :word) desc, ndoc desc, word limit 1""")
			.param("word", word)
			.query(String.class)
			.optional();
	}

	static String plain(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ITALIAN), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
	}

}
