/**
 * Practices that come from outside: a municipality proposes a card at
 * {@code /pratiche/proponi}, confirms its e-mail address by a one-time link, follows the
 * proposal through a private link, and the editors moderate it
 * ({@code /admin/pratiche/proposte}): publish, ask for changes, refuse. Every change of
 * state is mailed to the submitter through the outbox. A published proposal becomes a
 * card through the catalogue's editor.
 */
package it.anci.welfare.intake;
