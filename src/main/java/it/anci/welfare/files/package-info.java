/**
 * Files kept in PostgreSQL: the upload checks (type detected from the content, size),
 * attachments of meetings, templates and news items, and downloads with validators and a
 * daily count per client.
 */
package it.anci.welfare.files;
