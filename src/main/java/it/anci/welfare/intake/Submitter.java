package it.anci.welfare.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The municipal officer who sends a proposal; the editors see it, the card shows the
 * office only when allowed.
 */
@Embeddable
public record Submitter(
		@NotBlank(message = "Indichi il suo nome e cognome.") @Size(max = 200,
				message = "Il nome può avere al massimo 200 caratteri.") @Column(name = "submitter_name") String name,
		@NotBlank(message = "Indichi l'ufficio o il servizio in cui lavora.") @Size(max = 200,
				message = "L'ufficio può avere al massimo 200 caratteri.") @Column(
						name = "submitter_office") String office,
		@NotBlank(message = "Indichi il suo indirizzo di posta elettronica.") @Email(
				message = "Indichi un indirizzo di posta elettronica valido, per esempio servizi.sociali@comune.it.") @Size(
						max = 254, message = "L'indirizzo può avere al massimo 254 caratteri.") @Column(
								name = "submitter_email") String email,
		@NotBlank(
				message = "Indichi il suo ruolo, per esempio «assistente sociale» o «responsabile del servizio».") @Size(
						max = 200, message = "Il ruolo può avere al massimo 200 caratteri.") @Column(
								name = "submitter_role") String role) {

	/** Spaces copied around an address are not a mistake to report. */
	public Submitter {
		email = email == null ? null : email.strip();
	}

	/** Addresses are compared and stored in lower case, without spaces around. */
	Submitter normalized() {
		return new Submitter(this.name.strip(), this.office.strip(),
				this.email.strip().toLowerCase(java.util.Locale.ROOT), this.role.strip());
	}

}
