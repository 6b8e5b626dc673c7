package it.anci.welfare.catalogue.web;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.catalogue.ProviderType;
import it.anci.welfare.catalogue.SourceKind;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.StartDate;
import it.anci.welfare.common.FormSubmissions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The practice card form: every field of the card; the comune is typed as its ISTAT code or its name. */
record PracticeForm(Long id, Long version, String submissionToken,
		@NotBlank(message = "Inserisca il titolo.") @Size(max = 250, message = "Il titolo può avere al massimo 250 caratteri.") String title,
		@NotNull(message = "Indichi la provenienza della scheda.") Provenance provenance,
		@NotNull(message = "Scelga il tipo di ente.") ProviderType providerType,
		@NotBlank(message = "Inserisca il nome dell'ente erogatore.") String providerName,
		@NotBlank(message = "Indichi il Comune capofila (codice ISTAT o nome).") String comune,
		@NotBlank(message = "Scelga la classificazione.") String classification,
		@NotEmpty(message = "Scelga almeno un'area di intervento.") List<String> serviceAreas,
		@NotEmpty(message = "Scelga almeno un destinatario.") List<String> targetGroups, List<String> interventions,
		List<String> channels, String channelsNote, List<String> tools, String toolsNote, List<String> funding,
		@NotBlank(message = "Descriva il servizio attivato.") String description, String keyFigures,
		@NotBlank(message = "Partner e rete: " + REQUIRED) String partners,
		@Min(value = 0, message = "Il numero non può essere negativo.") Integer operatorsCount,
		@NotBlank(message = "Tecnologie utilizzate: " + REQUIRED) String technologies,
		@NotBlank(message = "Indichi la data di avvio.") @Pattern(regexp = "^\\s*(\\d{4}|\\d{4}-\\d{2}|\\d{4}-\\d{2}-\\d{2})\\s*$", message = START_FORMAT) String startDate,
		@NotNull(message = "Indichi a che cosa si riferisce la data di avvio.") StartBasis startBasis,
		@Min(value = 0, message = "Il numero non può essere negativo.") Integer beneficiaries,
		@NotBlank(message = "Riscontro degli operatori: " + REQUIRED) String operatorsFeedback,
		@NotBlank(message = "Riscontro dei cittadini: " + REQUIRED) String citizensFeedback,
		@NotBlank(message = "Elementi di innovazione: " + REQUIRED) String innovation,
		@NotNull(message = "Indichi se il servizio prosegue dopo l'emergenza.") Continuation continuation,
		@NotBlank(message = "Motivazione della prosecuzione: " + REQUIRED) String continuationNote, String contactOffice,
		@Email(message = "Indichi un indirizzo di posta elettronica valido, per esempio servizi.sociali@comune.it.") String contactEmail,
		@Pattern(regexp = "^$|^[0-9 +()./-]{5,30}$", message = "Indichi un numero di telefono (cifre, spazi, +).") String contactPhone,
		@Pattern(regexp = "^$|^https?://\\S+$", message = "Indichi un indirizzo che inizi con https://, senza spazi.") String contactUrl,
		List<@Valid SourceRow> sources, Boolean published) {

	/** The field name comes first so that the summary at the top of the form tells the fields apart. */
	static final String REQUIRED = "compili il campo; se il dato non è disponibile scriva «Non indicato».";

	static final String START_FORMAT = "Data di avvio: scriva l'anno (2020), il mese (2020-03) o il giorno (2020-03-12), secondo quanto dice la fonte.";

	static final int SPARE_SOURCE_ROWS = 2;

	record SourceRow(String title, SourceKind kind,
			@Pattern(regexp = "^$|^https?://\\S+$", message = "Indichi un indirizzo che inizi con https://, senza spazi.") String url) {
	}

	/** Lists never null (an unticked group sends nothing); filled sources followed by a few empty rows. */
	PracticeForm {
		serviceAreas = orEmpty(serviceAreas);
		targetGroups = orEmpty(targetGroups);
		interventions = orEmpty(interventions);
		channels = orEmpty(channels);
		tools = orEmpty(tools);
		funding = orEmpty(funding);
		List<SourceRow> rows = new ArrayList<>(sources == null ? List.of()
				: sources.stream().filter(s -> s != null && !(blank(s.title()) && blank(s.url()))).toList());
		for (int i = 0; i < SPARE_SOURCE_ROWS; i++) {
			rows.add(new SourceRow("", SourceKind.ENTE, ""));
		}
		sources = List.copyOf(rows);
	}

	static PracticeForm empty() {
		return new PracticeForm(null, 0L, FormSubmissions.newToken(), "", Provenance.FONTE_PUBBLICA, ProviderType.COMUNE, "", "", "", null, null, null,
				null, "", null, "", null, "", "", "", null, "", "", StartBasis.AVVIO, null, "", "", "",
				Continuation.NON_INDICATO, "", "", "", "", "", null, false);
	}

	static PracticeForm of(PracticeEditor.Draft d) {
		return new PracticeForm(d.id(), d.version(), null, d.title(), d.provenance(), d.providerType(), d.providerName(),
				d.comuneCode(), d.classification(), d.serviceAreas(), d.targetGroups(), d.interventions(), d.channels(),
				d.channelsNote(), d.tools(), d.toolsNote(), d.funding(), d.description(), d.keyFigures(), d.partners(),
				d.operatorsCount(), d.technologies(), d.startDate().iso(), d.startDate().basis(), d.beneficiaries(), d.operatorsFeedback(), d.citizensFeedback(),
				d.innovation(), d.continuation(), d.continuationNote(), d.contactOffice(), d.contactEmail(),
				d.contactPhone(), d.contactUrl(), d.sources().stream().map(s -> new SourceRow(s.title(), s.kind(), s.url())).toList(),
				d.published());
	}

	boolean isPublished() {
		return Boolean.TRUE.equals(this.published);
	}

	List<SourceRow> filledSources() {
		return this.sources.stream().filter(s -> !blank(s.title()) || !blank(s.url())).toList();
	}

	PracticeEditor.Draft toDraft(String comuneCode) {
		return new PracticeEditor.Draft(this.id, this.version == null ? 0 : this.version, this.title, this.provenance,
				this.providerType, this.providerName, comuneCode, this.classification, this.serviceAreas,
				this.targetGroups, this.interventions, this.channels, this.channelsNote, this.tools, this.toolsNote,
				this.funding, this.description, this.keyFigures, this.partners, this.operatorsCount, this.technologies,
				start().orElseThrow(), this.beneficiaries, this.operatorsFeedback, this.citizensFeedback, this.innovation, this.continuation,
				this.continuationNote, this.contactOffice, this.contactEmail, this.contactPhone, this.contactUrl,
				filledSources().stream()
					.map(s -> new PracticeEditor.Source(s.title(), s.kind() == null ? SourceKind.ALTRO : s.kind(), s.url()))
					.toList(),
				isPublished());
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

	private static List<String> orEmpty(List<String> codes) {
		return codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
