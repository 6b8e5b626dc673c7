package it.anci.welfare.catalogue.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns what a user types into a PostgreSQL {@code to_tsquery} expression: every word
 * must match, in any of its Italian singular/plural and masculine/feminine forms. The
 * Snowball Italian stemmer alone stems "anziano" to "anzi" but "anziani" to "anzian", so
 * the forms are spelled out. Only letters and digits reach the expression: any input is
 * safe.
 */
final class SearchText {

	private static final int MAX_WORDS = 20;

	private SearchText() {
	}

	static String tsQuery(String text) {
		return tsQuery(text, word -> false);
	}

	/**
	 * As {@link #tsQuery(String)}, but a word that is the name of a place is searched as
	 * it is, not in its other endings: "montone" spelled "montono" stems like "monte", so
	 * the comune of Montone found every Monte (issue 15). The typed word comes first, the
	 * database leaves a stop word out by it (V32): «delli», a form of «della», is not a
	 * stop word.
	 */
	static String tsQuery(String text, Predicate<String> isPlaceName) {
		List<String> groups = new ArrayList<>();
		for (String word : words(text)) {
			if (groups.size() == MAX_WORDS) {
				break;
			}
			groups.add("(" + String.join(" | ", isPlaceName.test(word) ? Set.of(word) : forms(word)) + ")");
		}
		return String.join(" & ", groups);
	}

	/** The words of what a user typed, in lower case. */
	static List<String> words(String text) {
		return java.util.Arrays.stream(text.toLowerCase(Locale.ITALIAN).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty())
			.toList();
	}

	/**
	 * The word and, for a regular noun or adjective ending in o, a, i or e, its other
	 * three endings.
	 */
	static Set<String> forms(String word) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(word);
		String plain = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		char last = word.charAt(word.length() - 1);
		if (word.length() >= 4 && plain.equals(word) && "oaie".indexOf(last) >= 0) {
			String stem = word.substring(0, word.length() - 1);
			for (char ending : new char[] { 'o', 'a', 'i', 'e' }) {
				forms.add(stem + ending);
			}
		}
		return forms;
	}

}
