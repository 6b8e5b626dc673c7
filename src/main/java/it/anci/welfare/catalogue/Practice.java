package it.anci.welfare.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A practice card (scheda pratica). Taxonomy fields hold stable codes. */
@Entity
@Table(name = "practice")
class Practice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String slug;

	String title;

	@Enumerated(EnumType.STRING)
	Provenance provenance;

	@Enumerated(EnumType.STRING)
	PublicationStatus status;

	@Enumerated(EnumType.STRING)
	ProviderType providerType;

	String providerName;

	String comuneCode;

	String provinceCode;

	String regionCode;

	String sizeClass;

	String classification;

	@JdbcTypeCode(SqlTypes.ARRAY)
	List<String> serviceAreas = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	List<String> targetGroups = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	List<String> interventions = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	List<String> channels = new ArrayList<>();

	String channelsNote;

	@JdbcTypeCode(SqlTypes.ARRAY)
	List<String> tools = new ArrayList<>();

	String toolsNote;

	@JdbcTypeCode(SqlTypes.ARRAY)
	List<String> funding = new ArrayList<>();

	String description;

	String keyFigures;

	String partners;

	Integer operatorsCount;

	String technologies;

	LocalDate startDate;

	@Enumerated(EnumType.STRING)
	DatePrecision startPrecision;

	@Enumerated(EnumType.STRING)
	StartBasis startBasis;

	Integer beneficiaries;

	String operatorsFeedback;

	String citizensFeedback;

	String innovation;

	@Enumerated(EnumType.STRING)
	Continuation continuation;

	String continuationNote;

	String contactOffice;

	String contactEmail;

	String contactPhone;

	String contactUrl;

	Instant createdAt;

	Instant updatedAt;

	@Version
	long version;

	@ElementCollection
	@CollectionTable(name = "practice_source", joinColumns = @JoinColumn(name = "practice_id"))
	@OrderColumn(name = "position")
	List<Source> sources = new ArrayList<>();

	StartDate start() {
		return new StartDate(this.startDate, this.startPrecision, this.startBasis);
	}

	@Embeddable
	record Source(String title, @Enumerated(EnumType.STRING) SourceKind kind, String url) {
	}

}
