package it.anci.welfare.catalogue.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * pg_trgm's word similarity in Java, for "Forse cercavi" (see {@link SearchHelp}). The
 * catalogue's words get their trigrams once per version, as sorted numbers: made for each
 * correction as sets of strings, they cost 100-300 ms for the 100,000 words of the
 * synthetic 100,000 cards (issue 16).
 */
final class Trigrams {

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Trigrams() {
	}

	/**
	 * pg_trgm's trigrams: each word (letters and digits) padded with two spaces before
	 * and one after; distinct, each as its three characters in one number, in order.
	 */
	static long[] of(String text) {
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

}
