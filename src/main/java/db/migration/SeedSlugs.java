package db.migration;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The slug rules of the seed, a frozen copy of {@code it.anci.welfare.common.Slugs} as it
 * was when the seed was written. A copy on purpose: a migration that has run must load
 * the same rows on every later fresh install, so the seed migrations use no application
 * class, and a change to the portal's slug rule never changes the seed
 * ({@code SeedFingerprintTests} checks the rows). Do not "fix" or share it.
 */
final class SeedSlugs {

	private static final int MAX_LENGTH = 90;

	private SeedSlugs() {
	}

	/** ASCII, lower case, dashes, at most 90 characters cut at a dash past the middle. */
	static String of(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() <= MAX_LENGTH) {
			return slug;
		}
		String cut = slug.substring(0, MAX_LENGTH);
		int lastDash = cut.lastIndexOf('-');
		return lastDash > MAX_LENGTH / 2 ? cut.substring(0, lastDash) : cut;
	}

	/** The Italian part of a bilingual ISTAT name ("Bolzano/Bozen" → "Bolzano"). */
	static String italianPart(String name) {
		int slash = name.indexOf('/');
		return slash < 0 ? name : name.substring(0, slash);
	}

}
