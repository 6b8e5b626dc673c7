/**
 * The catalogue of municipal welfare practices: the practice card, its taxonomy, search
 * with facets, exports (CSV, JSON, XLSX, ODS), comparison, the Atom feed of a search,
 * comune and region pages, and the staff editing of cards and taxonomy lists.
 */
package it.anci.welfare.catalogue;
