/**
 * The statistics page: the catalogue's cards counted by region, classification, area,
 * target group, intervention, continuation, size of comune and start month, for any
 * catalogue search, as accessible SVG charts with tables and CSV.
 */
package it.anci.welfare.statistics;
