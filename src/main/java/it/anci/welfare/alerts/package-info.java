/**
 * "Avvisami": e-mail subscriptions to any catalogue search. A request is confirmed
 * through a one-time link (double opt-in); confirmed subscriptions receive a daily or
 * weekly digest of the new and updated cards of their search, sent through the e-mail
 * outbox; every message unsubscribes in one click (RFC 8058) and links the private page
 * that lists and cancels all the subscriptions of its address. Only the address and the
 * search are kept.
 */
package it.anci.welfare.alerts;
