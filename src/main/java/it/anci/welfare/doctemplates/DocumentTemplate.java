package it.anci.welfare.doctemplates;

import java.time.LocalDate;

/** A document template: a fac-simile municipalities adapt, with its visible [placeholders]. */
public record DocumentTemplate(long id, String slug, String title, String categorySlug, String categoryName,
		String description, String legalBasis, LocalDate validFrom, LocalDate validUntil, String replacedBy,
		String replacedByTitle, String bodyHtml) {

	/** A template made only of uploaded files has no text of its own (and nothing to fill in). */
	public boolean hasText() {
		return this.bodyHtml != null && !this.bodyHtml.isBlank();
	}

}
