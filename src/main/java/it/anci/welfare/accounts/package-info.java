/**
 * Staff accounts and security: the ADMIN and EDITOR roles, sign-in with throttling,
 * sessions kept in PostgreSQL, the security headers, and the audit log of who changed
 * what. Every other module may record to {@link it.anci.welfare.accounts.AuditLog}; this
 * module depends on none of them.
 */
package it.anci.welfare.accounts;
