package it.anci.welfare.statistics;

import java.util.Locale;

import it.anci.welfare.catalogue.FilterOption;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words of the statistics in one language: the interface's on the page, Italian in
 * the CSV (its headings and labels are data).
 */
record Texts(MessageSource messages, Locale locale) {

	static final Texts ITALIAN;

	static {
		ResourceBundleMessageSource italian = new ResourceBundleMessageSource();
		italian.setBasenames("i18n/statistics", "i18n/catalogue", "i18n/territory", "i18n/common");
		italian.setDefaultEncoding("UTF-8");
		italian.setFallbackToSystemLocale(false);
		ITALIAN = new Texts(italian, Locale.ITALIAN);
	}

	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/**
	 * A filter's value: the portal's name of it, or the content's own (a term, a place).
	 */
	String option(FilterOption option) {
		return option.content() ? option.label() : get(option.messageKey());
	}

	/** "1 pratica", "12 pratiche": the count as written, without grouping. */
	String cards(long count) {
		return get("statistics.cards", count, String.valueOf(count));
	}

}
