/**
 * Search of the catalogue: the text through PostgreSQL full-text search, filters and
 * facet counts over the in-memory bitset index of published cards, the shown rows and
 * their snippets, similar cards, place suggestions and corrections, the search, comune
 * and region pages, the Atom feed and the start months of a search. Internal to the
 * catalogue; the types other modules use (filters, titles, feed, start months) form the
 * named interface {@code search}.
 */
package it.anci.welfare.catalogue.search;
