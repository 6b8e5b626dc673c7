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
		@NotBlank(message = "{intake.name.required}") @Size(max = 200,
				message = "{intake.name.size}") @Column(name = "submitter_name") String name,
		@NotBlank(message = "{intake.form.office.required}") @Size(max = 200,
				message = "{intake.form.office.size}") @Column(name = "submitter_office") String office,
		@NotBlank(message = "{intake.form.email.required}") @Email(message = "{intake.email.invalid}") @Size(max = 254,
				message = "{intake.email.size}") @Column(name = "submitter_email") String email,
		@NotBlank(message = "{intake.form.role.required}") @Size(max = 200,
				message = "{intake.form.role.size}") @Column(name = "submitter_role") String role) {

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
