package it.anci.welfare.catalogue.web;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.ProviderType;
import it.anci.welfare.catalogue.SourceKind;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.StartDate;
import it.anci.welfare.common.FormSubmissions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The practice card form: the card's groups as they are ({@link PracticeCard}, with their own checks), and the two
 * things typed differently from how they are stored: the comune (its ISTAT code or its name) and the start date.
 */
record PracticeForm(Long id, Long version, String submissionToken,
		@NotBlank(message = "Inserisca il titolo.") @Size(max = 250, message = "Il titolo può avere al massimo 250 caratteri.") String title,
		@NotNull(message = "Indichi la provenienza della scheda.") Provenance provenance,
		@Valid PracticeCard.Provider provider,
		@NotBlank(message = "Indichi il Comune capofila (codice ISTAT o nome).") String comune,
		@Valid PracticeCard.Classification classification, @Valid PracticeCard.Service service,
		@NotBlank(message = "Indichi la data di avvio.") @Pattern(regexp = "^\\s*(\\d{4}|\\d{4}-\\d{2}|\\d{4}-\\d{2}-\\d{2})\\s*$", message = START_FORMAT) String startDate,
		@NotNull(message = "Indichi a che cosa si riferisce la data di avvio.") StartBasis startBasis,
		@Valid PracticeCard.Feedback feedback, @Valid PracticeCard.Continuity continuation,
		@Valid PracticeCard.Contact contact, @Valid List<PracticeCard.Source> sources, Boolean published) {

	static final String START_FORMAT = "Data di avvio: scriva l'anno (2020), il mese (2020-03) o il giorno (2020-03-12), secondo quanto dice la fonte.";

	static final int SPARE_SOURCE_ROWS = 2;

	/** A group left out of the request (a hand-made one) is an empty group, which its own checks then refuse. */
	PracticeForm {
		provider = provider == null ? new PracticeCard.Provider(null, null) : provider;
		classification = classification == null ? new PracticeCard.Classification(null, null, null, null) : classification;
		service = service == null ? new PracticeCard.Service(null, null, null, null, null, null, null, null, null, null, null)
				: service;
		feedback = feedback == null ? new PracticeCard.Feedback(null, null, null) : feedback;
		continuation = continuation == null ? new PracticeCard.Continuity(null, null) : continuation;
		contact = contact == null ? PracticeCard.Contact.NONE : contact;
		List<PracticeCard.Source> rows = new ArrayList<>(sources == null ? List.of()
				: sources.stream().filter(s -> s != null && !(blank(s.title()) && blank(s.url()))).toList());
		for (int i = 0; i < SPARE_SOURCE_ROWS; i++) {
			rows.add(new PracticeCard.Source("", SourceKind.ENTE, ""));
		}
		sources = List.copyOf(rows);
	}

	static PracticeForm empty() {
		return new PracticeForm(null, 0L, FormSubmissions.newToken(), "", Provenance.FONTE_PUBBLICA,
				new PracticeCard.Provider(ProviderType.COMUNE, ""), "", null, null, "", StartBasis.AVVIO, null,
				new PracticeCard.Continuity(Continuation.NON_INDICATO, ""), null, null, false);
	}

	static PracticeForm of(PracticeEditor.Draft draft) {
		PracticeCard c = draft.card();
		return new PracticeForm(draft.id(), draft.version(), null, c.title(), c.provenance(), c.provider(), c.comuneCode(),
				c.classification(), c.service(), c.start().iso(), c.start().basis(), c.feedback(), c.continuation(),
				c.contact(), c.sources(), draft.published());
	}

	boolean isPublished() {
		return Boolean.TRUE.equals(this.published);
	}

	PracticeEditor.Draft toDraft(String comuneCode) {
		List<PracticeCard.Source> filled = this.sources.stream()
			.filter(s -> !blank(s.title()) || !blank(s.url()))
			.map(s -> new PracticeCard.Source(orEmpty(s.title()), s.kind() == null ? SourceKind.ALTRO : s.kind(),
					orEmpty(s.url())))
			.toList();
		PracticeCard card = new PracticeCard(this.title, this.provenance, this.provider, comuneCode,
				this.classification, this.service, start().orElseThrow(), this.feedback, this.continuation,
				this.contact, filled);
		return new PracticeEditor.Draft(this.id, this.version == null ? 0 : this.version, card, isPublished());
	}

	/** The start date as typed, if it is a real year, month or day. */
	Optional<StartDate> start() {
		try {
			return Optional.of(StartDate.parse(this.startDate, this.startBasis == null ? StartBasis.AVVIO : this.startBasis));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
