package it.anci.welfare.alerts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The "Avvisami" form. {@code sito} is a honeypot: hidden from people, filled in by
 * robots.
 *
 * @param email the address the digests go to
 * @param frequenza "giornaliera" or "settimanale"
 * @param privacy the box saying the privacy notice was read
 */
record AlertForm(@NotBlank(message = "Indichi l'indirizzo e-mail a cui inviare gli avvisi.") @Size(max = 254,
		message = "L'indirizzo e-mail può avere al massimo 254 caratteri.") @Pattern(
				regexp = "\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,})?\\s*",
				message = "L'indirizzo e-mail non sembra valido: lo controlli (ad esempio nome.cognome@comune.it).") String email,
		@NotBlank(message = "Scelga ogni quanto ricevere l'avviso.") @Pattern(regexp = "giornaliera|settimanale|",
				message = "Scelga ogni quanto ricevere l'avviso: ogni giorno o ogni settimana.") String frequenza,
		@NotNull(message = CONSENT) @AssertTrue(message = CONSENT) Boolean privacy, String sito) {

	static final String CONSENT = "Per attivare l'avviso occorre dichiarare di aver letto l'informativa privacy.";

	static AlertForm empty() {
		return new AlertForm("", "settimanale", false, "");
	}

	boolean filledByRobot() {
		return this.sito != null && !this.sito.isBlank();
	}

}
