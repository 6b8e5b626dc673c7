package it.anci.welfare.doctemplates;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document template: a fac-simile municipalities adapt, with its visible
 * [placeholders]. {@code textDate} is the day its text last changed.
 */
public record DocumentTemplate(long id, String slug, String title, String categorySlug, String categoryName,
		String description, String legalBasis, LocalDate validFrom, LocalDate validUntil, String replacedBy,
		String replacedByTitle, String bodyHtml, LocalDate textDate) {

	/**
	 * The sanitizer writes bare heading tags, so the levels can be read from the tag
	 * names.
	 */
	private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])>");

	/**
	 * A template made only of uploaded files has no text of its own (and nothing to fill
	 * in).
	 */
	public boolean hasText() {
		return this.bodyHtml != null && !this.bodyHtml.isBlank();
	}

	/**
	 * The text as shown on the template's page, under the page's h1 and the h2 "Testo del
	 * modello": its own headings move two levels down (h1 becomes h3, down to h6), so
	 * that the page has one h1 and a heading outline without gaps.
	 */
	public String bodyHtmlOnPage() {
		Matcher tag = HEADING_TAG.matcher(this.bodyHtml == null ? "" : this.bodyHtml);
		return tag.replaceAll(m -> "<" + m.group(1) + "h" + Math.min(6, Integer.parseInt(m.group(2)) + 2) + ">");
	}

}
