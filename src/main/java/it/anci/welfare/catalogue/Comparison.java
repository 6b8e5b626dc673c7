package it.anci.welfare.catalogue;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Compared cards field by field: one shape for the comparison page (a table on wide
 * screens, field after field on a phone), its CSV and its PDF, so that the three always
 * show the same fields in the same order. The field names and the portal's words in the
 * values come from i18n/catalogue: in the interface's language on the page, in Italian in
 * the documents.
 */
public record Comparison(List<PracticeDetails> practices, List<Row> rows) {

	/**
	 * One field and its value on each compared card, in the order of {@link #practices}.
	 *
	 * @param italian for each value, whether it is the card's content, written in Italian
	 * (the page marks it {@code lang="it"})
	 */
	public record Row(String label, List<String> values, List<Boolean> italian) {

		public Row(String label, List<String> values) {
			this(label, values, values.stream().map(v -> true).toList());
		}

	}

	/** The portal's words of the comparison, in one language. */
	private record Texts(MessageSource messages, Locale locale) {

		String get(String key, Object... arguments) {
			return this.messages.getMessage(key, arguments, this.locale);
		}

	}

	/** What a field shows of a card; null for a field the card leaves empty. */
	private record Field(String key, BiFunction<PracticeDetails, Texts, String> value, boolean content) {

		Field(String key, BiFunction<PracticeDetails, Texts, String> value) {
			this(key, value, true);
		}

	}

	/**
	 * The Italian texts of the documents (CSV, PDF) and of the pages built without a
	 * request.
	 */
	private static final MessageSource ITALIAN;

	static {
		ResourceBundleMessageSource italian = new ResourceBundleMessageSource();
		italian.setBasenames("i18n/catalogue", "i18n/territory", "i18n/common");
		italian.setDefaultEncoding("UTF-8");
		italian.setFallbackToSystemLocale(false);
		ITALIAN = italian;
	}

	private static final List<Field> FIELDS = List.of(
			new Field("catalogue.compare.field.provider",
					(p, t) -> p.card().provider().name() + " (" + t.get(p.card().provider().type().messageKey()) + ")"),
			new Field("catalogue.compare.field.comune",
					(p, t) -> p.comune().name() + " (" + p.comune().province().carPlate() + ")"),
			new Field("catalogue.compare.field.region", (p, t) -> p.comune().region().shortName()),
			new Field("catalogue.compare.field.size",
					(p, t) -> t.get("catalogue.compare.size",
							NumberFormat.getIntegerInstance(t.locale()).format(p.comune().population()),
							t.get(p.comune().sizeClass().messageKey())),
					false),
			new Field("catalogue.compare.field.kind", (p, t) -> p.terms().kind().name()),
			new Field("catalogue.compare.field.serviceAreas", (p, t) -> names(p.terms().serviceAreas())),
			new Field("catalogue.compare.field.targetGroups", (p, t) -> names(p.terms().targetGroups())),
			new Field("catalogue.compare.field.interventions", (p, t) -> names(p.terms().interventions())),
			new Field("catalogue.compare.field.description", (p, t) -> p.card().service().description()),
			new Field("catalogue.compare.field.start",
					(p, t) -> t.get(p.card().start().phraseKey(), p.card().start().label(t.locale())), false),
			new Field("catalogue.compare.field.keyFigures", (p, t) -> p.card().service().keyFigures()),
			new Field("catalogue.compare.field.channels", (p, t) -> names(p.terms().channels())),
			new Field("catalogue.compare.field.tools", (p, t) -> names(p.terms().tools())),
			new Field("catalogue.compare.field.partners", (p, t) -> p.card().service().partners()),
			new Field("catalogue.compare.field.operators", (p, t) -> number(p.card().service().operatorsCount())),
			new Field("catalogue.compare.field.beneficiaries", (p, t) -> number(p.card().service().beneficiaries())),
			new Field("catalogue.compare.field.funding", (p, t) -> names(p.terms().funding())),
			new Field("catalogue.compare.field.technologies", (p, t) -> p.card().service().technologies()),
			new Field("catalogue.compare.field.operatorsFeedback", (p, t) -> p.card().feedback().operators()),
			new Field("catalogue.compare.field.citizensFeedback", (p, t) -> p.card().feedback().citizens()),
			new Field("catalogue.compare.field.innovation", (p, t) -> p.card().feedback().innovation()),
			new Field("catalogue.compare.field.continuation", (p, t) -> continuation(p.card().continuation(), t)),
			new Field("catalogue.compare.field.state",
					(p, t) -> p.currentState()
						.map(f -> t.get(f.state().messageKey()) + " (" + f.dayLabel(t.locale()) + "): " + f.note())
						.orElse(t.get("catalogue.option.noFollowUp"))),
			new Field("catalogue.compare.field.sources", (p, t) -> String.join("; ",
					p.card().sources().stream().map(s -> s.title() + " – " + s.url()).toList())));

	/** In Italian: the CSV, the PDF, the editors' pages. */
	public static Comparison of(List<PracticeDetails> practices) {
		return of(practices, ITALIAN, Locale.ITALIAN);
	}

	/** The field names and the portal's words in the given language. */
	public static Comparison of(List<PracticeDetails> practices, MessageSource messages, Locale locale) {
		Texts texts = new Texts(messages, locale);
		String notStated = texts.get("common.notInSource");
		return new Comparison(practices, FIELDS.stream().map(f -> {
			List<String> values = practices.stream().map(p -> f.value().apply(p, texts)).toList();
			return new Row(texts.get(f.key()), values.stream().map(v -> stated(v, notStated)).toList(),
					values.stream().map(v -> f.content() && !(v == null || v.isBlank())).toList());
		}).toList());
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

	private static String continuation(PracticeCard.Continuity continuity, Texts texts) {
		String answer = texts.get(continuity.answer().messageKey());
		return continuity.hasNote() ? answer + " – " + continuity.note() : answer;
	}

	private static String names(List<TaxonomyTerm> terms) {
		return String.join("; ", terms.stream().map(TaxonomyTerm::name).toList());
	}

	private static String number(Integer value) {
		return value == null ? null : value.toString();
	}

	private static String stated(String value, String notStated) {
		return value == null || value.isBlank() ? notStated : value;
	}

}
