package it.anci.welfare.intake.web;

import it.anci.welfare.intake.ContactRelay;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Contatta chi l'ha realizzata". {@code sito} is a honeypot: hidden from people, filled
 * in by robots.
 */
record ContactForm(
		@NotBlank(message = "{intake.name.required}") @Size(max = 200, message = "{intake.name.size}") String name,
		@NotBlank(message = "{intake.contact.email.required}") @Email(message = "{intake.email.invalid}") @Size(
				max = 254, message = "{intake.email.size}") String email,
		@Size(max = 200, message = "{intake.contact.organisation.size}") String organisation,
		@NotBlank(message = "{intake.contact.text.required}") @Size(max = 4000,
				message = "{intake.contact.text.size}") String text,
		@NotNull(message = CONSENT) @AssertTrue(message = CONSENT) Boolean privacy, String sito) {

	ContactForm {
		email = email == null ? null : email.strip();
	}

	static ContactForm empty() {
		return new ContactForm("", "", "", "", false, "");
	}

	static final String CONSENT = "{intake.contact.privacy.required}";

	boolean filledByRobot() {
		return this.sito != null && !this.sito.isBlank();
	}

	ContactRelay.Message message() {
		return new ContactRelay.Message(this.name, this.email, this.organisation, this.text);
	}

}
