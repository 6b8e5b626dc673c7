package it.anci.welfare.accounts.web;

import jakarta.validation.constraints.NotBlank;

/** The change-password form; the policy itself is checked by the service. */
record PasswordForm(@NotBlank(message = "{accounts.password.current.required}") String currentPassword,
		@NotBlank(message = "{accounts.password.new.required}") String newPassword,
		@NotBlank(message = "{accounts.password.confirmation.required}") String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
