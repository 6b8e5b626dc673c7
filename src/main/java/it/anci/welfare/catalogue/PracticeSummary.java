package it.anci.welfare.catalogue;

/**
 * A practice in a result list. {@code snippetHtml} is escaped HTML with the matched words
 * in {@code <mark>}.
 */
public record PracticeSummary(String slug, String title, String providerName, String comuneName, String comuneCode,
		String provinceCarPlate, String regionName, String classificationName, Provenance provenance,
		StartDate startDate, String snippetHtml) {

}
