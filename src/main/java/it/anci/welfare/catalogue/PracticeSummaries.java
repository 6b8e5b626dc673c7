package it.anci.welfare.catalogue;

import java.util.List;

/**
 * The first practices of a group of {@code total}, under a heading, with a link to the
 * whole group in the catalogue.
 */
public record PracticeSummaries(String heading, String url, long total, List<PracticeSummary> practices) {

}
