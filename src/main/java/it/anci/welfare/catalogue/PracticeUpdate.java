package it.anci.welfare.catalogue;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored follow-up of a card. */
@Entity
@Table(name = "practice_update")
class PracticeUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	long practiceId;

	LocalDate day;

	@Enumerated(EnumType.STRING)
	FollowUpState state;

	String note;

	String sourceTitle;

	String sourceUrl;

	String author;

	Instant createdAt;

	Instant approvedAt;

	FollowUp view() {
		return new FollowUp(this.id, this.day, this.state, this.note, this.sourceTitle, this.sourceUrl, this.author,
				this.approvedAt != null);
	}

}
