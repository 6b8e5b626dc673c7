package it.anci.welfare.opendata.web;

import java.util.Locale;

import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.search.CatalogueTitles;
import it.anci.welfare.catalogue.FilterOption;

import org.springframework.context.MessageSource;

/** The portal's words in one language, and the shape descriptions take. */
record PageTexts(MessageSource messages, Locale locale) {

	private static final int DESCRIPTION_LENGTH = 160;

	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	boolean italian() {
		return this.locale.getLanguage().equals(Locale.ITALIAN.getLanguage());
	}

	String option(FilterOption option) {
		return option.content() ? option.label() : get(option.messageKey());
	}

	String title(CatalogueQuery query, String noun) {
		return CatalogueTitles.describe(query, noun, this::option, page -> get("opendata.meta.page", n(page)));
	}

	String suffixed(String title) {
		return get("opendata.meta.suffix", title);
	}

	/** A count as the descriptions write it, without grouping: "1200". */
	static String n(long number) {
		return String.valueOf(number);
	}

	/**
	 * At most {@value #DESCRIPTION_LENGTH} characters, cut at a word, as search engines
	 * show them.
	 */
	static String abbreviate(String text) {
		String plain = text.replaceAll("\\s+", " ").strip();
		if (plain.length() <= DESCRIPTION_LENGTH) {
			return plain;
		}
		String cut = plain.substring(0, DESCRIPTION_LENGTH - 1);
		int space = cut.lastIndexOf(' ');
		return (space > 80 ? cut.substring(0, space) : cut).replaceAll("[,;:.]$", "") + "…";
	}

}
