/**
 * The managed lists of the practice card (classifications, service areas, target groups,
 * interventions, channels, tools, funding): kept in memory by {@link TaxonomyService},
 * edited by staff through {@link TaxonomyEditor}. Internal to the catalogue; other
 * modules read the lists through {@code TaxonomyService}, the named interface
 * {@code taxonomy}.
 */
package it.anci.welfare.catalogue.taxonomy;
