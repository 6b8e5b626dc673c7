package it.anci.welfare.meetings.web;

import it.anci.welfare.meetings.MeetingMembers;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of a body's member (create and edit). */
record MemberForm(Long id, Long version,
		@NotBlank(message = "Indichi l'organo di cui fa parte.") @Size(max = 200,
				message = "Il nome dell'organo può avere al massimo 200 caratteri.") String bodyName,
		@NotBlank(message = "Inserisca nome e cognome.") @Size(max = 200,
				message = "Il nome può avere al massimo 200 caratteri.") String name,
		@NotBlank(message = "Inserisca l'indirizzo e-mail.") @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "Indichi un indirizzo e-mail valido, per esempio nome.cognome@comune.perugia.it.") @Size(
						max = 254, message = "L'indirizzo può avere al massimo 254 caratteri.") String email,
		@Size(max = 200, message = "Il ruolo o l'ente può avere al massimo 200 caratteri.") String affiliation,
		Boolean active) {

	static MemberForm empty(String bodyName) {
		return new MemberForm(null, 0L, bodyName == null ? "" : bodyName, "", "", "", true);
	}

	static MemberForm of(MeetingMembers.Member member) {
		return new MemberForm(member.id(), member.version(), member.bodyName(), member.name(), member.email(),
				member.affiliation(), member.active());
	}

	MeetingMembers.Member toMember() {
		return new MeetingMembers.Member(this.id, this.version == null ? 0 : this.version, this.bodyName, this.name,
				this.email, this.affiliation, Boolean.TRUE.equals(this.active));
	}

}
