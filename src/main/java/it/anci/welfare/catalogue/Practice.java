package it.anci.welfare.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import it.anci.welfare.territory.Comune;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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
import org.hibernate.annotations.Formula;

/**
 * A practice card as stored: its content ({@link CardColumns}), its address, its state
 * and the place fields derived from the comune, which the search filters on.
 */
@Entity
@Table(name = "practice")
class Practice extends CardColumns {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String slug;

	@Enumerated(EnumType.STRING)
	PublicationStatus status;

	@Enumerated(EnumType.STRING)
	Provenance provenance;

	/** Derived from the comune, for the filters. */
	String provinceCode;

	String regionCode;

	String sizeClass;

	@ElementCollection
	@CollectionTable(name = "practice_source", joinColumns = @JoinColumn(name = "practice_id"))
	@OrderColumn(name = "position")
	List<PracticeCard.Source> sources = new ArrayList<>();

	/**
	 * For a proposed card: "Comune di Assisi", and the day the editors checked and
	 * published it.
	 */
	String proposedBy;

	LocalDate verifiedOn;

	/**
	 * For an imported card: its source (its name read with the card), the row's own id in
	 * that source, and the day of its latest import.
	 */
	Long importSourceId;

	@Formula("(select s.name from import_source s where s.id = import_source_id)")
	String importedFrom;

	String externalId;

	LocalDate importedOn;

	/** The card of the catalogue this one replicates, if its municipality said so. */
	Long replicatesId;

	Instant createdAt;

	Instant updatedAt;

	@Version
	long version;

	@Override
	protected List<PracticeCard.Source> sources() {
		return this.sources;
	}

	@Override
	protected Provenance provenance() {
		return this.provenance;
	}

	boolean isPublished() {
		return this.status == PublicationStatus.PUBLISHED;
	}

	/** Takes what staff typed; the comune decides province, region and size class. */
	void write(PracticeCard card, Comune comune, boolean published, Instant now) {
		writeCard(card);
		if (this.provenance == null) {
			// where a card comes from is decided when it is created
			this.provenance = card.provenance();
		}
		this.comuneCode = comune.istatCode();
		this.provinceCode = comune.province().code();
		this.regionCode = comune.region().code();
		this.sizeClass = comune.sizeClass().code();
		this.status = published ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT;
		if (this.createdAt == null) {
			this.createdAt = now;
		}
		this.updatedAt = now;
	}

}
