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
		@NotBlank(message = "Indichi il suo nome e cognome.") @Size(max = 200,
				message = "Il nome può avere al massimo 200 caratteri.") String name,
		@NotBlank(message = "Indichi il suo indirizzo di posta elettronica, per ricevere la risposta.") @Email(
				message = "Indichi un indirizzo di posta elettronica valido, per esempio servizi.sociali@comune.it.") @Size(
						max = 254, message = "L'indirizzo può avere al massimo 254 caratteri.") String email,
		@Size(max = 200, message = "L'ente può avere al massimo 200 caratteri.") String organisation,
		@NotBlank(message = "Scriva il messaggio.") @Size(max = 4000,
				message = "Il messaggio può avere al massimo 4000 caratteri.") String text,
		@NotNull(message = CONSENT) @AssertTrue(message = CONSENT) Boolean privacy, String sito) {

	ContactForm {
		email = email == null ? null : email.strip();
	}

	static ContactForm empty() {
		return new ContactForm("", "", "", "", false, "");
	}

	static final String CONSENT = "Per inviare il messaggio legga l'informativa sulla privacy e spunti la casella.";

	boolean filledByRobot() {
		return this.sito != null && !this.sito.isBlank();
	}

	ContactRelay.Message message() {
		return new ContactRelay.Message(this.name, this.email, this.organisation, this.text);
	}

}
