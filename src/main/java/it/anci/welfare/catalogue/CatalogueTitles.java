package it.anci.welfare.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Titles that say what a catalogue search holds, for the page title, feeds and charts.
 */
public final class CatalogueTitles {

	private CatalogueTitles() {
	}

	/**
	 * "Pratiche – «buoni spesa», Umbria, Anziani – pagina 2": the text, the chosen
	 * values, the page past the first.
	 */
	public static String describe(CatalogueQuery query, String noun) {
		StringBuilder title = new StringBuilder(noun);
		String criteria = criteria(query);
		if (!criteria.isEmpty()) {
			title.append(" – ").append(criteria);
		}
		if (query.page() > 1) {
			title.append(" – pagina ").append(query.page());
		}
		return title.toString();
	}

	/** The text and the chosen values, comma separated; empty for the whole catalogue. */
	public static String criteria(CatalogueQuery query) {
		List<String> parts = new ArrayList<>();
		if (query.hasText()) {
			parts.add("«" + query.text() + "»");
		}
		// the place first ("Umbria, Anziani"), then the other filters in the catalogue's
		// order
		query.selected(CatalogueFilter.REGIONE).forEach(option -> parts.add(option.label()));
		query.selected(CatalogueFilter.PROVINCIA).forEach(option -> parts.add(option.label()));
		query.selected().forEach((filter, options) -> {
			if (filter != CatalogueFilter.REGIONE && filter != CatalogueFilter.PROVINCIA) {
				options.forEach(option -> parts.add(option.label()));
			}
		});
		return String.join(", ", parts);
	}

}
