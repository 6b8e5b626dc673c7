package it.anci.welfare.common;

/**
 * Something the editors have to see to, as the staff home lists it: "Notizie in bozza
 * (2)", linking to the list. The label is a key of {@code i18n/*.properties}
 * ({@code news.admin.work.drafts}), or a text shown as written.
 */
public record PendingWork(String label, long count, String url) {
}
