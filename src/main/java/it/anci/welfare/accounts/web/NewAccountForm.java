package it.anci.welfare.accounts.web;

import it.anci.welfare.accounts.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The new-account form of the user administration. */
record NewAccountForm(@NotBlank(message = "Inserisca il nome utente.") @Pattern(regexp = "[a-zA-Z0-9._-]{3,60}",
		message = "Il nome utente può contenere da 3 a 60 lettere, cifre, punti, trattini e trattini bassi.") String username,
		@NotBlank(message = "Inserisca nome e cognome.") @Size(max = 120,
				message = "Nome e cognome: al massimo 120 caratteri.") String displayName,
		@NotNull(message = "Scelga un ruolo.") Role role,
		@NotBlank(message = "Inserisca una password iniziale.") String password) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", Role.EDITOR, "");
	}

}
