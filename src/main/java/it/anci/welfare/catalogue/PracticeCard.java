package it.anci.welfare.catalogue;

import java.util.List;

import it.anci.welfare.common.WebLinks;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a practice card says, in the groups staff fill in, the card page shows and the
 * exports write: the one shape of a card's content. Taxonomy values are codes;
 * {@link PracticeDetails} adds their names. Each group is stored as columns of
 * {@code practice} (JPA embeddables) and checked by the same constraints wherever it is
 * typed in.
 */
public record PracticeCard(String title, Provenance provenance, Provider provider, String comuneCode,
		Classification classification, Service service, StartDate start, Feedback feedback, Continuity continuation,
		Contact contact, List<Source> sources) {

	/**
	 * What the sources say where they say nothing; seeded cards store it in the text
	 * fields they do not cover.
	 */
	public static final String NOT_STATED = "Non indicato nella fonte";

	static final String WEB_ADDRESS = "{catalogue.card.url.invalid}";

	public PracticeCard {
		contact = contact == null ? Contact.NONE : contact;
		sources = sources == null ? List.of() : List.copyOf(sources);
	}

	/** Who runs the service. */
	@Embeddable
	public record Provider(
			@NotNull(message = "{catalogue.card.provider.type.required}") @Enumerated(EnumType.STRING) @Column(
					name = "provider_type") ProviderType type,
			@NotBlank(message = "{catalogue.card.provider.name.required}") @Column(
					name = "provider_name") String name) {
	}

	/**
	 * The card's place in the taxonomy: its kind (new, strengthened, mixed) and the lists
	 * it belongs to.
	 */
	@Embeddable
	public record Classification(
			@NotBlank(message = "{catalogue.card.kind.required}") @Column(name = "classification") String kind,
			@NotEmpty(
					message = "{catalogue.card.serviceAreas.required}") @JdbcTypeCode(SqlTypes.ARRAY) List<String> serviceAreas,
			@NotEmpty(
					message = "{catalogue.card.targetGroups.required}") @JdbcTypeCode(SqlTypes.ARRAY) List<String> targetGroups,
			@JdbcTypeCode(SqlTypes.ARRAY) List<String> interventions) {

		public Classification {
			serviceAreas = codes(serviceAreas);
			targetGroups = codes(targetGroups);
			interventions = codes(interventions);
		}

	}

	/** What was done, with what, by whom and for how many. */
	@Embeddable
	public record Service(@NotBlank(message = "{catalogue.card.description.required}") String description,
			String keyFigures, @Min(value = 0, message = "{catalogue.card.number.negative}") Integer beneficiaries,
			@Min(value = 0, message = "{catalogue.card.number.negative}") Integer operatorsCount,
			@NotBlank(message = "{catalogue.card.partners.required}") String partners,
			@NotBlank(message = "{catalogue.card.technologies.required}") String technologies,
			@JdbcTypeCode(SqlTypes.ARRAY) List<String> funding, @JdbcTypeCode(SqlTypes.ARRAY) List<String> channels,
			String channelsNote, @JdbcTypeCode(SqlTypes.ARRAY) List<String> tools, String toolsNote) {

		public Service {
			funding = codes(funding);
			channels = codes(channels);
			tools = codes(tools);
		}

	}

	/** What operators and citizens said of it, and what was new. */
	@Embeddable
	public record Feedback(
			@NotBlank(message = "{catalogue.card.operatorsFeedback.required}") @Column(
					name = "operators_feedback") String operators,
			@NotBlank(message = "{catalogue.card.citizensFeedback.required}") @Column(
					name = "citizens_feedback") String citizens,
			@NotBlank(message = "{catalogue.card.innovation.required}") String innovation) {
	}

	/** Whether the service goes on after the emergency, and why. */
	@Embeddable
	public record Continuity(
			@NotNull(message = "{catalogue.card.continuation.required}") @Enumerated(EnumType.STRING) @Column(
					name = "continuation") Continuation answer,
			@NotBlank(message = "{catalogue.card.continuationNote.required}") @Column(
					name = "continuation_note") String note) {

		/** "Sì – con fondi propri", or only the answer when there is no note. */
		public String text() {
			return hasNote() ? this.answer.label() + " – " + this.note : this.answer.label();
		}

		/** Whether the answer comes with a reason (the card's content, in Italian). */
		public boolean hasNote() {
			return !(this.note == null || this.note.isBlank() || NOT_STATED.equals(this.note));
		}

	}

	/** The office to ask; every part is optional. */
	@Embeddable
	public record Contact(@Column(name = "contact_office") String office,
			@Email(message = "{catalogue.card.email.invalid}") @Column(name = "contact_email") String email,
			@Pattern(regexp = "^$|^[0-9 +()./-]{5,30}$",
					message = "{catalogue.card.phone.invalid}") @Column(name = "contact_phone") String phone,
			@Pattern(regexp = "^$|^https?://\\S+$", message = WEB_ADDRESS) @Column(name = "contact_url") String url) {

		/**
		 * A card without any contact (JPA reads an embeddable whose columns are all null
		 * as null).
		 */
		public static final Contact NONE = new Contact(null, null, null, null);

		/** The web page as a link, or null when it is not a web address. */
		public String link() {
			return WebLinks.safe(this.url);
		}

	}

	/** A page the card is built on. */
	@Embeddable
	public record Source(String title, @Enumerated(EnumType.STRING) SourceKind kind,
			@Pattern(regexp = "^$|^https?://\\S+$", message = WEB_ADDRESS) String url) {

		/** The address as a link, or null when it is not a web address. */
		public String link() {
			return WebLinks.safe(this.url);
		}

	}

	/**
	 * The civic reports of Covid19Italia.help are CC BY 4.0: a card built on one says so.
	 */
	public boolean citesCivicReports() {
		return this.sources.stream().anyMatch(s -> s.kind() == SourceKind.SEGNALAZIONE);
	}

	/** Lists never null (an unticked group sends nothing), without blanks or repeats. */
	static List<String> codes(List<String> codes) {
		return codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
	}

}
