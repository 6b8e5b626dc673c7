package it.anci.welfare.accounts.web;

import it.anci.welfare.accounts.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The new-account form of the user administration. */
record NewAccountForm(
		@NotBlank(message = "{accounts.users.username.required}") @Pattern(regexp = "[a-zA-Z0-9._-]{3,60}",
				message = "{accounts.users.username.pattern}") String username,
		@NotBlank(message = "{accounts.users.displayName.required}") @Size(max = 120,
				message = "{accounts.users.displayName.size}") String displayName,
		@NotNull(message = "{accounts.users.role.required}") Role role,
		@NotBlank(message = "{accounts.users.password.required}") String password) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", Role.EDITOR, "");
	}

}
