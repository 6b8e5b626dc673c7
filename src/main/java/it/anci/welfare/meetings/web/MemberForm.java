package it.anci.welfare.meetings.web;

import it.anci.welfare.meetings.MeetingMembers;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of a body's member (create and edit). */
record MemberForm(Long id, Long version,
		@NotBlank(message = "{meetings.member.bodyName.required}") @Size(max = 200,
				message = "{meetings.form.bodyName.size}") String bodyName,
		@NotBlank(message = "{accounts.users.displayName.required}") @Size(max = 200,
				message = "{meetings.member.name.size}") String name,
		@NotBlank(message = "{meetings.member.email.required}") @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
				message = "{meetings.member.email.invalid}") @Size(max = 254,
						message = "{meetings.member.email.size}") String email,
		@Size(max = 200, message = "{meetings.member.affiliation.size}") String affiliation, Boolean active) {

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
