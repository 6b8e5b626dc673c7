package it.anci.welfare.catalogue;

import java.util.List;

/** Practices grouped under a heading, with a link to the same group in the catalogue. */
public record PracticeSummaries(String heading, String url, List<PracticeSummary> practices) {

}
