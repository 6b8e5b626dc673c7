package it.anci.welfare.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * No default password anywhere: on the first start without accounts, the first
 * administrator comes from PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD; without them
 * the portal starts and says how to create one.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService accounts;

	private final String username;

	private final String password;

	FirstAdministrator(AccountService accounts, @Value("${portal.admin.username:}") String username,
			@Value("${portal.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		if (this.username.isBlank() || this.password.isBlank()) {
			log.warn("No staff account exists and nobody can sign in to /admin. Set PORTAL_ADMIN_USERNAME and "
					+ "PORTAL_ADMIN_PASSWORD (at least 12 characters) and restart to create the first administrator.");
			return;
		}
		try {
			this.accounts.create(this.username, "Amministratore", Role.ADMIN, this.password, "sistema");
			log.info("First administrator '{}' created from PORTAL_ADMIN_USERNAME",
					AccountService.normalise(this.username));
		}
		catch (AccountService.AccountException ex) {
			log.error("The first administrator was not created: {} Change PORTAL_ADMIN_PASSWORD and restart.",
					ex.getMessage());
		}
	}

}
