package it.anci.welfare.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable, stable URL segments from Italian names: "Valle d'Aosta/Vallée d'Aoste" →
 * "valle-d-aosta".
 */
public final class Slugs {

	private static final int MAX_LENGTH = 90;

	private Slugs() {
	}

	public static String of(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() <= MAX_LENGTH) {
			return slug;
		}
		String cut = slug.substring(0, MAX_LENGTH);
		int lastDash = cut.lastIndexOf('-');
		return lastDash > MAX_LENGTH / 2 ? cut.substring(0, lastDash) : cut;
	}

	/** A slug of {@code text} not yet taken: "titolo", then "titolo-2", "titolo-3"… */
	public static String unique(String text, String fallback, java.util.function.Predicate<String> taken) {
		String base = of(text).isEmpty() ? fallback : of(text);
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/** The Italian part of a bilingual ISTAT name ("Bolzano/Bozen" → "Bolzano"). */
	public static String italianPart(String name) {
		int slash = name.indexOf('/');
		return slash < 0 ? name : name.substring(0, slash);
	}

}
