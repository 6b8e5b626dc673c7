package it.anci.welfare.doctemplates;

import java.time.LocalDate;

/** A document template: a fac-simile municipalities adapt, with its visible [placeholders]. */
public record DocumentTemplate(String slug, String title, String categorySlug, String categoryName,
		String description, String legalBasis, LocalDate validFrom, LocalDate validUntil, String replacedBy,
		String bodyHtml) {

}
