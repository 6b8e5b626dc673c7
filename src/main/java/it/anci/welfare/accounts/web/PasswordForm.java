package it.anci.welfare.accounts.web;

import jakarta.validation.constraints.NotBlank;

/** The change-password form; the policy itself is checked by the service. */
record PasswordForm(@NotBlank(message = "Inserisca la password attuale.") String currentPassword,
		@NotBlank(message = "Inserisca la nuova password.") String newPassword,
		@NotBlank(message = "Ripeta la nuova password.") String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
