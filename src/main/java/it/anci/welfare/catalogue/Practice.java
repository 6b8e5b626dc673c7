package it.anci.welfare.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import it.anci.welfare.territory.Comune;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A practice card as stored: its content ({@link PracticeCard}, one embeddable per group), its address, its state and
 * the place fields derived from the comune, which the search filters on.
 */
@Entity
@Table(name = "practice")
class Practice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String slug;

	@Enumerated(EnumType.STRING)
	PublicationStatus status;

	String title;

	@Enumerated(EnumType.STRING)
	Provenance provenance;

	@Embedded
	PracticeCard.Provider provider;

	String comuneCode;

	String provinceCode;

	String regionCode;

	String sizeClass;

	@Embedded
	PracticeCard.Classification classification;

	@Embedded
	PracticeCard.Service service;

	@Embedded
	StartDate start;

	@Embedded
	PracticeCard.Feedback feedback;

	@Embedded
	PracticeCard.Continuity continuation;

	@Embedded
	PracticeCard.Contact contact;

	@ElementCollection
	@CollectionTable(name = "practice_source", joinColumns = @JoinColumn(name = "practice_id"))
	@OrderColumn(name = "position")
	List<PracticeCard.Source> sources = new ArrayList<>();

	/** For a proposed card: "Comune di Assisi", and the day the editors checked and published it. */
	String proposedBy;

	LocalDate verifiedOn;

	Instant createdAt;

	Instant updatedAt;

	@Version
	long version;

	PracticeCard card() {
		return new PracticeCard(this.title, this.provenance, this.provider, this.comuneCode, this.classification,
				this.service, this.start, this.feedback, this.continuation, this.contact, this.sources);
	}

	boolean isPublished() {
		return this.status == PublicationStatus.PUBLISHED;
	}

	/** Takes what staff typed; the comune decides province, region and size class. */
	void write(PracticeCard card, Comune comune, boolean published, Instant now) {
		this.title = card.title().strip();
		if (this.provenance == null) {
			// where a card comes from is decided when it is created
			this.provenance = card.provenance();
		}
		this.provider = new PracticeCard.Provider(card.provider().type(), card.provider().name().strip());
		this.comuneCode = comune.istatCode();
		this.provinceCode = comune.province().code();
		this.regionCode = comune.region().code();
		this.sizeClass = comune.sizeClass().code();
		this.classification = card.classification();
		this.service = stripped(card.service());
		this.start = card.start();
		this.feedback = new PracticeCard.Feedback(card.feedback().operators().strip(), card.feedback().citizens().strip(),
				card.feedback().innovation().strip());
		this.continuation = new PracticeCard.Continuity(card.continuation().answer(), card.continuation().note().strip());
		PracticeCard.Contact c = card.contact();
		this.contact = new PracticeCard.Contact(optional(c.office()), optional(c.email()), optional(c.phone()),
				optional(c.url()));
		this.sources.clear();
		card.sources()
			.forEach(s -> this.sources.add(new PracticeCard.Source(s.title().strip(), s.kind(), s.url().strip())));
		this.status = published ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT;
		if (this.createdAt == null) {
			this.createdAt = now;
		}
		this.updatedAt = now;
	}

	private static PracticeCard.Service stripped(PracticeCard.Service s) {
		return new PracticeCard.Service(s.description().strip(), optional(s.keyFigures()), s.beneficiaries(),
				s.operatorsCount(), s.partners().strip(), s.technologies().strip(), s.funding(), s.channels(),
				optional(s.channelsNote()), s.tools(), optional(s.toolsNote()));
	}

	/** An optional text left empty is stored as null, so that the page says "Non indicato nella fonte". */
	private static String optional(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
