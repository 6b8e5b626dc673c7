/**
 * News, press releases and notices of the association: the public lists and feeds (RSS,
 * Atom), attachments, links to meetings, and staff editing with drafts, scheduled
 * publication and optimistic locking.
 */
package it.anci.welfare.news;
