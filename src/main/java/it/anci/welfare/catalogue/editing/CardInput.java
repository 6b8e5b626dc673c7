package it.anci.welfare.catalogue.editing;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.ProviderType;
import it.anci.welfare.catalogue.SourceKind;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.StartDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A card as a person types it in a form (staff editing it, a municipality proposing it):
 * the card's groups as they are, with their own checks, and the two things typed
 * differently from how they are stored, the comune (its ISTAT code or its name) and the
 * start date. {@link CardChecks} does the checks that need the database.
 */
public record CardInput(
		@NotBlank(message = "{catalogue.card.title.required}") @Size(max = 250,
				message = "{catalogue.card.title.size}") String title,
		@Valid PracticeCard.Provider provider, @NotBlank(message = "{catalogue.card.comune.required}") String comune,
		@Valid PracticeCard.Classification classification, @Valid PracticeCard.Service service,
		@NotBlank(message = "{catalogue.card.startDate.required}") @Pattern(
				regexp = "^\\s*(\\d{4}|\\d{4}-\\d{2}|\\d{4}-\\d{2}-\\d{2})\\s*$",
				message = START_FORMAT) String startDate,
		@NotNull(message = "{catalogue.card.startBasis.required}") StartBasis startBasis,
		@Valid PracticeCard.Feedback feedback, @Valid PracticeCard.Continuity continuation,
		@Valid PracticeCard.Contact contact, List<PracticeCard.@Valid Source> sources) {

	/** The message of a start date that is not a year, a month or a day. */
	static final String START_FORMAT = "{catalogue.card.startDate.format}";

	/** Empty rows under the filled sources, for the next ones. */
	static final int SPARE_SOURCE_ROWS = 2;

	/**
	 * A group left out of the request (a hand-made one) is an empty group, which its own
	 * checks then refuse.
	 */
	public CardInput {
		provider = provider == null ? new PracticeCard.Provider(null, null) : provider;
		classification = classification == null ? new PracticeCard.Classification(null, null, null, null)
				: classification;
		service = service == null
				? new PracticeCard.Service(null, null, null, null, null, null, null, null, null, null, null) : service;
		feedback = feedback == null ? new PracticeCard.Feedback(null, null, null) : feedback;
		continuation = continuation == null ? new PracticeCard.Continuity(null, null) : continuation;
		contact = contact == null ? PracticeCard.Contact.NONE : contact;
		List<PracticeCard.Source> rows = new ArrayList<>(
				sources == null ? List.of() : sources.stream().filter(s -> s != null && !blank(s)).toList());
		for (int i = 0; i < SPARE_SOURCE_ROWS; i++) {
			rows.add(new PracticeCard.Source("", SourceKind.ENTE, ""));
		}
		sources = List.copyOf(rows);
	}

	public static CardInput empty() {
		return new CardInput("", new PracticeCard.Provider(ProviderType.COMUNE, ""), "", null, null, "",
				StartBasis.AVVIO, null, new PracticeCard.Continuity(Continuation.NON_INDICATO, ""), null, null);
	}

	public static CardInput of(PracticeCard card) {
		return new CardInput(card.title(), card.provider(), card.comuneCode(), card.classification(), card.service(),
				card.start().iso(), card.start().basis(), card.feedback(), card.continuation(), card.contact(),
				card.sources());
	}

	/** The start date as typed, if it is a real year, month or day. */
	public Optional<StartDate> start() {
		try {
			return Optional
				.of(StartDate.parse(this.startDate, this.startBasis == null ? StartBasis.AVVIO : this.startBasis));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The card, once {@link CardChecks} found nothing wrong; sources without a kind count
	 * as "other".
	 */
	public PracticeCard toCard(Provenance provenance, String comuneCode) {
		List<PracticeCard.Source> filled = this.sources.stream()
			.filter(s -> !blank(s))
			.map(s -> new PracticeCard.Source(orEmpty(s.title()), s.kind() == null ? SourceKind.ALTRO : s.kind(),
					orEmpty(s.url())))
			.toList();
		return new PracticeCard(this.title, provenance, this.provider, comuneCode, this.classification, this.service,
				start().orElseThrow(), this.feedback, this.continuation, this.contact, filled);
	}

	private static boolean blank(PracticeCard.Source source) {
		return orEmpty(source.title()).isBlank() && orEmpty(source.url()).isBlank();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
