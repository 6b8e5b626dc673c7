/**
 * What visitors tell us about the pages: the "Ti è stata utile questa pagina?" ratings,
 * read by staff.
 */
package it.anci.welfare.feedback;
