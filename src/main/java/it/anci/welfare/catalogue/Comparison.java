package it.anci.welfare.catalogue;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Compared cards field by field: one shape for the comparison page (a table on wide
 * screens, field after field on a phone), its CSV and its PDF, so that the three always
 * show the same fields in the same order.
 */
public record Comparison(List<PracticeDetails> practices, List<Row> rows) {

	/**
	 * One field and its value on each compared card, in the order of {@link #practices}.
	 */
	public record Row(String label, List<String> values) {
	}

	private record Field(String label, Function<PracticeDetails, String> value) {
	}

	private static final List<Field> FIELDS = List.of(
			new Field("Ente erogatore",
					p -> p.card().provider().name() + " (" + p.card().provider().type().label() + ")"),
			new Field("Comune", p -> p.comune().name() + " (" + p.comune().province().carPlate() + ")"),
			new Field("Regione", p -> p.comune().region().shortName()),
			new Field("Dimensione del Comune",
					p -> NumberFormat.getIntegerInstance(Locale.ITALY).format(p.comune().population()) + " abitanti ("
							+ p.comune().sizeClass().label() + ")"),
			new Field("Tipologia", p -> p.terms().kind().name()),
			new Field("Aree di servizio", p -> names(p.terms().serviceAreas())),
			new Field("Aree di utenza", p -> names(p.terms().targetGroups())),
			new Field("Tipi di intervento", p -> names(p.terms().interventions())),
			new Field("Descrizione", p -> p.card().service().description()),
			new Field("Data di avvio", p -> p.card().start().phrase()),
			new Field("Dati quantitativi", p -> p.card().service().keyFigures()),
			new Field("Modalità di comunicazione", p -> names(p.terms().channels())),
			new Field("Strumenti", p -> names(p.terms().tools())),
			new Field("Partner e reti", p -> p.card().service().partners()),
			new Field("Operatori coinvolti", p -> number(p.card().service().operatorsCount())),
			new Field("Beneficiari", p -> number(p.card().service().beneficiaries())),
			new Field("Finanziamento", p -> names(p.terms().funding())),
			new Field("Tecnologie", p -> p.card().service().technologies()),
			new Field("Riscontri degli operatori", p -> p.card().feedback().operators()),
			new Field("Riscontri della cittadinanza", p -> p.card().feedback().citizens()),
			new Field("Portata innovativa", p -> p.card().feedback().innovation()),
			new Field("Prosecuzione", p -> p.card().continuation().text()),
			new Field("Stato attuale",
					p -> p.currentState()
						.map(f -> f.state().label() + " (" + f.dayLabel() + "): " + f.note())
						.orElse("Nessun aggiornamento dopo la scheda")),
			new Field("Fonti", p -> String.join("; ",
					p.card().sources().stream().map(s -> s.title() + " – " + s.url()).toList())));

	public static Comparison of(List<PracticeDetails> practices) {
		return new Comparison(practices,
				FIELDS.stream()
					.map(f -> new Row(f.label(), practices.stream().map(p -> stated(f.value().apply(p))).toList()))
					.toList());
	}

	public List<String> titles() {
		return this.practices.stream().map(PracticeDetails::title).toList();
	}

	/**
	 * Short names of the cards, "1. Bologna", for the layouts that repeat them under
	 * every field (the phone's and the PDF's): a title repeated two dozen times buries
	 * the values.
	 */
	public List<String> labels() {
		return java.util.stream.IntStream.range(0, this.practices.size())
			.mapToObj(i -> (i + 1) + ". " + this.practices.get(i).comune().name())
			.toList();
	}

	private static String names(List<TaxonomyTerm> terms) {
		return String.join("; ", terms.stream().map(TaxonomyTerm::name).toList());
	}

	private static String number(Integer value) {
		return value == null ? null : value.toString();
	}

	private static String stated(String value) {
		return value == null || value.isBlank() ? PracticeCard.NOT_STATED : value;
	}

}
