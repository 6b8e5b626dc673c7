package it.anci.welfare.catalogue;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Compared cards field by field: one shape for the comparison page (a table on wide screens, field after field on a
 * phone), its CSV and its PDF, so that the three always show the same fields in the same order.
 */
public record Comparison(List<PracticeDetails> practices, List<Row> rows) {

	/** One field and its value on each compared card, in the order of {@link #practices}. */
	public record Row(String label, List<String> values) {
	}

	private record Field(String label, Function<PracticeDetails, String> value) {
	}

	private static final List<Field> FIELDS = List.of(
			new Field("Ente erogatore", p -> p.providerName() + " (" + p.providerType().label() + ")"),
			new Field("Comune", p -> p.comune().name() + " (" + p.comune().province().carPlate() + ")"),
			new Field("Regione", p -> p.comune().region().shortName()),
			new Field("Dimensione del Comune",
					p -> NumberFormat.getIntegerInstance(Locale.ITALY).format(p.comune().population()) + " abitanti ("
							+ p.comune().sizeClass().label() + ")"),
			new Field("Tipologia", p -> p.classification().name()),
			new Field("Aree di servizio", p -> names(p.serviceAreas())),
			new Field("Aree di utenza", p -> names(p.targetGroups())),
			new Field("Tipi di intervento", p -> names(p.interventions())),
			new Field("Descrizione", PracticeDetails::description),
			new Field("Data di avvio", p -> p.startDate().phrase()),
			new Field("Dati quantitativi", PracticeDetails::keyFigures),
			new Field("Modalità di comunicazione", p -> names(p.channels())),
			new Field("Strumenti", p -> names(p.tools())),
			new Field("Partner e reti", PracticeDetails::partners),
			new Field("Operatori coinvolti", p -> p.operatorsCount() == null ? null : p.operatorsCount().toString()),
			new Field("Beneficiari", p -> p.beneficiaries() == null ? null : p.beneficiaries().toString()),
			new Field("Finanziamento", p -> names(p.funding())),
			new Field("Tecnologie", PracticeDetails::technologies),
			new Field("Riscontri degli operatori", PracticeDetails::operatorsFeedback),
			new Field("Riscontri della cittadinanza", PracticeDetails::citizensFeedback),
			new Field("Portata innovativa", PracticeDetails::innovation),
			new Field("Prosecuzione", PracticeDetails::continuationText),
			new Field("Fonti", p -> String.join("; ", p.sources().stream().map(s -> s.title() + " – " + s.url()).toList())));

	public static Comparison of(List<PracticeDetails> practices) {
		return new Comparison(practices, FIELDS.stream()
			.map(f -> new Row(f.label(), practices.stream().map(p -> stated(f.value().apply(p))).toList()))
			.toList());
	}

	public List<String> titles() {
		return this.practices.stream().map(PracticeDetails::title).toList();
	}

	/**
	 * Short names of the cards, "1. Bologna", for the layouts that repeat them under every field (the phone's and the
	 * PDF's): a title repeated two dozen times buries the values.
	 */
	public List<String> labels() {
		return java.util.stream.IntStream.range(0, this.practices.size())
			.mapToObj(i -> (i + 1) + ". " + this.practices.get(i).comune().name())
			.toList();
	}

	private static String names(List<TaxonomyTerm> terms) {
		return String.join("; ", terms.stream().map(TaxonomyTerm::name).toList());
	}

	private static String stated(String value) {
		return value == null || value.isBlank() ? PracticeDetails.NOT_STATED : value;
	}

}
