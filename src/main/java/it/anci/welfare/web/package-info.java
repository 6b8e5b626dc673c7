/**
 * The site around the modules: home page, site pages, sitemap, staff home, error pages,
 * the 503 page of a database outage, trusted proxies, HTTP caching of public pages and
 * precompressed static files. It may use every module.
 */
package it.anci.welfare.web;
