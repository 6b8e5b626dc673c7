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
record AlertForm(
		@NotBlank(message = "{alerts.form.email.required}") @Size(max = 254,
				message = "{alerts.form.email.size}") @Pattern(regexp = "\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,})?\\s*",
						message = "{alerts.form.email.invalid}") String email,
		@NotBlank(message = "{alerts.form.frequency.required}") @Pattern(regexp = "giornaliera|settimanale|",
				message = "{alerts.form.frequency.invalid}") String frequenza,
		@NotNull(message = CONSENT) @AssertTrue(message = CONSENT) Boolean privacy, String sito) {

	static final String CONSENT = "{alerts.form.privacy.required}";

	static AlertForm empty() {
		return new AlertForm("", "settimanale", false, "");
	}

	boolean filledByRobot() {
		return this.sito != null && !this.sito.isBlank();
	}

}
