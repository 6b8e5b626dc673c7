/**
 * E-mail through a transactional outbox: features write
 * {@link it.anci.welfare.mail.OutgoingMail} with {@link it.anci.welfare.mail.MailOutbox}
 * in their own transaction (often composed by {@link it.anci.welfare.mail.MailComposer}
 * from templates), and {@link it.anci.welfare.mail.MailWorker} sends them.
 */
package it.anci.welfare.mail;
