/**
 * Open data and metadata: the DCAT-AP_IT catalogue of the portal's datasets, the "Open
 * data" page, and the metadata of every public page (canonical link, description, Open
 * Graph, schema.org JSON-LD).
 */
package it.anci.welfare.opendata;
