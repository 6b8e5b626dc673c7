package it.anci.welfare.accounts;

import java.time.Instant;

/** A staff account as the back office shows it (never the password hash). */
public record StaffAccount(long id, String username, String displayName, Role role, boolean enabled,
		Instant createdAt) {

	static StaffAccount of(AppUser user) {
		return new StaffAccount(user.id, user.username, user.displayName, user.role, user.enabled, user.createdAt);
	}

}
