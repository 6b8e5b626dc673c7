package it.anci.welfare.common;

/**
 * Something the editors have to see to, as the staff home lists it: "Notizie in bozza
 * (2)", linking to the list.
 */
public record PendingWork(String label, long count, String url) {
}
