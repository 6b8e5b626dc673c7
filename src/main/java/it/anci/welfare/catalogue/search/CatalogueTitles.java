package it.anci.welfare.catalogue.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import it.anci.welfare.catalogue.CatalogueFilter;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.FilterOption;

import org.springframework.modulith.NamedInterface;

/**
 * Titles that say what a catalogue search holds, for the page title, feeds and charts.
 */
@NamedInterface("search")
public final class CatalogueTitles {

	private CatalogueTitles() {
	}

	/**
	 * "Pratiche – «buoni spesa», Umbria, Anziani – pagina 2": the text, the chosen
	 * values, the page past the first.
	 */
	public static String describe(CatalogueQuery query, String noun) {
		return describe(query, noun, FilterOption::label, page -> " – pagina " + page);
	}

	/**
	 * The same in a language of the interface: {@code label} names a value
	 * ({@link FilterOption#messageKey()} resolved), {@code page} writes " – page 2".
	 */
	public static String describe(CatalogueQuery query, String noun, Function<FilterOption, String> label,
			IntFunction<String> page) {
		StringBuilder title = new StringBuilder(noun);
		String criteria = criteria(query, label);
		if (!criteria.isEmpty()) {
			title.append(" – ").append(criteria);
		}
		if (query.page() > 1) {
			title.append(page.apply(query.page()));
		}
		return title.toString();
	}

	/** The text and the chosen values, comma separated; empty for the whole catalogue. */
	public static String criteria(CatalogueQuery query) {
		return criteria(query, FilterOption::label);
	}

	/** The same, each value named by {@code label}. */
	public static String criteria(CatalogueQuery query, Function<FilterOption, String> label) {
		List<String> parts = new ArrayList<>();
		if (query.hasText()) {
			parts.add("«" + query.text() + "»");
		}
		values(query).forEach(option -> parts.add(label.apply(option)));
		return String.join(", ", parts);
	}

	/**
	 * The chosen values in the order of {@link #criteria}: the place first ("Umbria,
	 * Anziani"), then the other filters in the catalogue's order.
	 */
	public static List<FilterOption> values(CatalogueQuery query) {
		List<FilterOption> values = new ArrayList<>();
		values.addAll(query.selected(CatalogueFilter.REGIONE));
		values.addAll(query.selected(CatalogueFilter.PROVINCIA));
		query.selected().forEach((filter, options) -> {
			if (filter != CatalogueFilter.REGIONE && filter != CatalogueFilter.PROVINCIA) {
				values.addAll(options);
			}
		});
		return values;
	}

}
