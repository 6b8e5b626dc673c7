/**
 * The database the portal runs on: the embedded PostgreSQL started when no external one
 * is configured, Flyway progress in the log, and the watcher that tells the pages when
 * the database stops answering.
 */
package it.anci.welfare.database;
