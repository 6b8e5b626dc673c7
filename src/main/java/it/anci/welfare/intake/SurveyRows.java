package it.anci.welfare.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import it.anci.welfare.catalogue.CardChecks;
import it.anci.welfare.catalogue.CardInput;
import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.ProviderType;
import it.anci.welfare.catalogue.SourceKind;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.Taxonomy;
import it.anci.welfare.catalogue.TaxonomyService;
import it.anci.welfare.catalogue.TaxonomyTerm;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.ComuneLookup;
import it.anci.welfare.territory.TerritoryService;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Reads the rows of an import file as cards: each row becomes a {@link CardInput}, the
 * shape the staff editor and the proposal form use, and goes through the same Bean
 * Validation constraints and {@link CardChecks}, so a row is checked exactly like a card
 * typed by staff. What only a file can get wrong (a value that is not in its list, a
 * number that is not one, a repeated external id, a row without a source) is checked
 * here. Problems are message codes ({@code import.error.*}) with the typed value.
 */
@Component
class SurveyRows {

	/** A typed value quoted in a message is cut to this length. */
	private static final int QUOTED = 80;

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");

	private static final Pattern ISO_WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}|\\d{1,3}(\\.\\d{3}){1,2}");

	private static final List<ImportColumn[]> SOURCES = List.of(
			new ImportColumn[] { ImportColumn.FONTE_1_URL, ImportColumn.FONTE_1_TITOLO, ImportColumn.FONTE_1_TIPO },
			new ImportColumn[] { ImportColumn.FONTE_2_URL, ImportColumn.FONTE_2_TITOLO, ImportColumn.FONTE_2_TIPO },
			new ImportColumn[] { ImportColumn.FONTE_3_URL, ImportColumn.FONTE_3_TITOLO, ImportColumn.FONTE_3_TIPO });

	/** The card's form fields and the column each comes from. */
	private static final Map<String, ImportColumn> FIELDS = new HashMap<>();

	static {
		FIELDS.put("title", ImportColumn.TITOLO);
		FIELDS.put("provider.type", ImportColumn.TIPO_ENTE);
		FIELDS.put("provider.name", ImportColumn.ENTE);
		FIELDS.put("comune", ImportColumn.COMUNE);
		FIELDS.put("classification.kind", ImportColumn.TIPOLOGIA);
		FIELDS.put("classification.serviceAreas", ImportColumn.AREE_SERVIZIO);
		FIELDS.put("classification.targetGroups", ImportColumn.AREE_UTENZA);
		FIELDS.put("classification.interventions", ImportColumn.INTERVENTI);
		FIELDS.put("service.description", ImportColumn.DESCRIZIONE);
		FIELDS.put("service.keyFigures", ImportColumn.DATI_QUANTITATIVI);
		FIELDS.put("service.beneficiaries", ImportColumn.BENEFICIARI);
		FIELDS.put("service.operatorsCount", ImportColumn.OPERATORI);
		FIELDS.put("service.partners", ImportColumn.PARTNER);
		FIELDS.put("service.technologies", ImportColumn.TECNOLOGIE);
		FIELDS.put("service.funding", ImportColumn.FINANZIAMENTO);
		FIELDS.put("service.channels", ImportColumn.CANALI);
		FIELDS.put("service.channelsNote", ImportColumn.NOTE_CANALI);
		FIELDS.put("service.tools", ImportColumn.STRUMENTI);
		FIELDS.put("service.toolsNote", ImportColumn.NOTE_STRUMENTI);
		FIELDS.put("startDate", ImportColumn.DATA_AVVIO);
		FIELDS.put("startBasis", ImportColumn.RIFERIMENTO_DATA);
		FIELDS.put("feedback.operators", ImportColumn.RISCONTRI_OPERATORI);
		FIELDS.put("feedback.citizens", ImportColumn.RISCONTRI_CITTADINANZA);
		FIELDS.put("feedback.innovation", ImportColumn.INNOVAZIONE);
		FIELDS.put("continuation.answer", ImportColumn.PROSECUZIONE);
		FIELDS.put("continuation.note", ImportColumn.NOTA_PROSECUZIONE);
		FIELDS.put("contact.office", ImportColumn.UFFICIO);
		FIELDS.put("contact.email", ImportColumn.EMAIL);
		FIELDS.put("contact.phone", ImportColumn.TELEFONO);
		FIELDS.put("contact.url", ImportColumn.PAGINA_WEB);
		for (int i = 0; i < SOURCES.size(); i++) {
			FIELDS.put("sources[" + i + "].url", SOURCES.get(i)[0]);
			FIELDS.put("sources[" + i + "].title", SOURCES.get(i)[1]);
			FIELDS.put("sources[" + i + "].kind", SOURCES.get(i)[2]);
		}
	}

	private final TaxonomyService taxonomy;

	private final TerritoryService territory;

	private final CardChecks checks;

	private final SpringValidatorAdapter validator;

	SurveyRows(TaxonomyService taxonomy, TerritoryService territory, CardChecks checks, Validator validator) {
		this.taxonomy = taxonomy;
		this.territory = territory;
		this.checks = checks;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** A row read and checked: the card and its comune when nothing is wrong. */
	record Checked(int line, CardInput card, Comune comune, String externalId, List<RowError> errors) {

		boolean valid() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * The form object the constraints see: the card under "card", as in the staff form.
	 */
	record Target(@Valid CardInput card) {
	}

	/**
	 * Where each portal column is in a file, once its headers went through the source's
	 * mapping ({@code normalised header → column header}, empty: ignored).
	 */
	static Map<ImportColumn, Integer> positions(List<String> headers, Map<String, String> mapping) {
		Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
		for (int i = 0; i < headers.size(); i++) {
			String normalised = ImportColumn.normalise(headers.get(i));
			Optional<ImportColumn> column = ImportColumn.ofHeader(normalised);
			if (column.isEmpty() && mapping.containsKey(normalised)) {
				column = ImportColumn.ofHeader(mapping.get(normalised));
			}
			if (column.isPresent() && !positions.containsKey(column.get())) {
				positions.put(column.get(), i);
			}
		}
		return positions;
	}

	/**
	 * The headers that are not portal columns and that the source's mapping does not
	 * know.
	 */
	static List<String> unknownHeaders(List<String> headers, Map<String, String> mapping) {
		return headers.stream()
			.filter(h -> !ImportColumn.normalise(h).isEmpty())
			.filter(h -> ImportColumn.ofHeader(h).isEmpty() && !mapping.containsKey(ImportColumn.normalise(h)))
			.distinct()
			.toList();
	}

	/** The required columns a file lacks, as line-1 errors. */
	static List<RowError> missingColumns(Map<ImportColumn, Integer> positions) {
		List<RowError> errors = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !positions.containsKey(column)) {
				errors.add(RowError.of(1, column.header(), "import.error.missingColumn", column.header()));
			}
		}
		return errors;
	}

	/**
	 * One file's reading: the lists as they are now, the comuni already looked up, the
	 * external ids already seen.
	 */
	final class Session {

		private final Map<ImportColumn, Integer> positions;

		private final Taxonomy lists = SurveyRows.this.taxonomy.taxonomy();

		private final Map<String, ComuneLookup> comuni = new HashMap<>();

		private final Map<String, Integer> externalIds = new HashMap<>();

		private final Map<List<TaxonomyTerm>, Map<String, String>> codes = new HashMap<>();

		Session(Map<ImportColumn, Integer> positions) {
			this.positions = positions;
		}

		/**
		 * Looks up the comuni of these rows at once, by the rules of
		 * {@link TerritoryService#resolveComune}: thousands of rows cost two statements,
		 * not one each.
		 */
		void lookUpComuni(List<SurveyFile.Line> lines) {
			List<String> typed = lines.stream().map(l -> typedComune(new Row(l))).distinct().toList();
			this.comuni.putAll(SurveyRows.this.territory.resolveComuni(typed));
		}

		/**
		 * The comune as typed, with the province's plate of its own column when given.
		 */
		private String typedComune(Row row) {
			String typed = row.text(ImportColumn.COMUNE);
			String plate = row.text(ImportColumn.SIGLA_PROVINCIA);
			if (!plate.isEmpty() && !typed.isEmpty() && !typed.matches("\\d{6}") && !typed.contains("(")) {
				return typed + " (" + plate + ")";
			}
			return typed;
		}

		Checked check(SurveyFile.Line line) {
			Row row = new Row(line);
			String externalId = row.text(ImportColumn.ID_ESTERNO);
			if (!externalId.isEmpty()) {
				Integer first = this.externalIds.putIfAbsent(externalId, line.number());
				if (first != null) {
					row.error(ImportColumn.ID_ESTERNO, "import.error.duplicateId", quote(externalId),
							String.valueOf(first));
				}
			}
			String typedComune = typedComune(row);
			ComuneLookup lookup = this.comuni.computeIfAbsent(typedComune, SurveyRows.this.territory::resolveComune);
			String comune = lookup.found().map(Comune::istatCode).orElse(typedComune);

			List<PracticeCard.Source> sources = new ArrayList<>();
			for (ImportColumn[] source : SOURCES) {
				String url = row.text(source[0]);
				String title = row.text(source[1]);
				SourceKind kind = row.choice(source[2], SourceKind.values(), SourceKind::label, null);
				sources.add(new PracticeCard.Source(title.isEmpty() ? url : title, kind, url));
			}
			if (sources.stream().allMatch(s -> s.url().isEmpty()) && !row.hasError(ImportColumn.FONTE_1_URL)) {
				row.error(ImportColumn.FONTE_1_URL, "import.error.source");
			}
			CardInput card = new CardInput(row.text(ImportColumn.TITOLO),
					new PracticeCard.Provider(
							row.choice(ImportColumn.TIPO_ENTE, ProviderType.values(), ProviderType::label, null),
							row.text(ImportColumn.ENTE)),
					comune,
					new PracticeCard.Classification(row.term(ImportColumn.TIPOLOGIA, this.lists.classifications()),
							row.terms(ImportColumn.AREE_SERVIZIO, this.lists.serviceAreas()),
							row.terms(ImportColumn.AREE_UTENZA, this.lists.targetGroups()),
							row.terms(ImportColumn.INTERVENTI, this.lists.interventionKinds())),
					new PracticeCard.Service(row.text(ImportColumn.DESCRIZIONE),
							row.text(ImportColumn.DATI_QUANTITATIVI), row.number(ImportColumn.BENEFICIARI),
							row.number(ImportColumn.OPERATORI), row.stated(ImportColumn.PARTNER),
							row.stated(ImportColumn.TECNOLOGIE),
							row.terms(ImportColumn.FINANZIAMENTO, this.lists.fundingSources()),
							row.terms(ImportColumn.CANALI, this.lists.channels()), row.text(ImportColumn.NOTE_CANALI),
							row.terms(ImportColumn.STRUMENTI, this.lists.tools()),
							row.text(ImportColumn.NOTE_STRUMENTI)),
					isoDate(row.text(ImportColumn.DATA_AVVIO)),
					row.choice(ImportColumn.RIFERIMENTO_DATA, StartBasis.values(), StartBasis::label, StartBasis.AVVIO),
					new PracticeCard.Feedback(row.stated(ImportColumn.RISCONTRI_OPERATORI),
							row.stated(ImportColumn.RISCONTRI_CITTADINANZA), row.stated(ImportColumn.INNOVAZIONE)),
					new PracticeCard.Continuity(row.choice(ImportColumn.PROSECUZIONE, Continuation.values(),
							Continuation::label, Continuation.NON_INDICATO),
							row.stated(ImportColumn.NOTA_PROSECUZIONE)),
					new PracticeCard.Contact(row.text(ImportColumn.UFFICIO), row.text(ImportColumn.EMAIL),
							row.text(ImportColumn.TELEFONO), row.text(ImportColumn.PAGINA_WEB)),
					sources);

			DirectFieldBindingResult errors = new DirectFieldBindingResult(new Target(card), "row");
			SurveyRows.this.validator.validate(errors.getTarget(), errors);
			Optional<Comune> found = SurveyRows.this.checks.check(card, "card", errors);
			for (FieldError error : errors.getFieldErrors()) {
				ImportColumn column = FIELDS.get(error.getField().substring("card.".length()));
				if (column != null && !row.hasError(column)) {
					row.error(column, code(column, error, lookup), arguments(column, error, row, lookup));
				}
				else if (column == null) {
					row.error(ImportColumn.TITOLO, "import.error.invalid", String.valueOf(error.getDefaultMessage()));
				}
			}
			List<RowError> problems = row.errors();
			return new Checked(line.number(), card, problems.isEmpty() ? found.orElse(null) : null,
					externalId.isEmpty() ? null : externalId, problems);
		}

		/**
		 * The cells of one row, read column by column, with the problems found so far.
		 */
		private final class Row {

			private final SurveyFile.Line line;

			private final Map<ImportColumn, RowError> errors = new LinkedHashMap<>();

			Row(SurveyFile.Line line) {
				this.line = line;
			}

			String text(ImportColumn column) {
				Integer position = Session.this.positions.get(column);
				return position == null ? "" : this.line.cell(position);
			}

			/**
			 * A text the card must have: when the source says nothing, the card says so
			 * («Non indicato nella fonte»), as every card does.
			 */
			String stated(ImportColumn column) {
				String value = text(column);
				return value.isEmpty() ? PracticeCard.NOT_STATED : value;
			}

			boolean hasError(ImportColumn column) {
				return this.errors.containsKey(column);
			}

			void error(ImportColumn column, String code, String... args) {
				this.errors.putIfAbsent(column, RowError.of(this.line.number(), column.header(), code, args));
			}

			List<RowError> errors() {
				return List.copyOf(this.errors.values());
			}

			/**
			 * An enum value typed as its code or its label; empty gives {@code empty}.
			 */
			<E extends Enum<E>> E choice(ImportColumn column, E[] values, Function<E, String> label, E empty) {
				String value = text(column);
				if (value.isEmpty()) {
					return empty;
				}
				String typed = ImportColumn.normalise(value);
				for (E candidate : values) {
					if (ImportColumn.normalise(candidate.name()).equals(typed)
							|| ImportColumn.normalise(label.apply(candidate)).equals(typed)
							|| (candidate == Continuation.NON_INDICATO && typed.equals("non_indicato"))) {
						return candidate;
					}
				}
				error(column, "import.error.choice", quote(value),
						java.util.Arrays.stream(values).map(label).collect(Collectors.joining(", ")));
				return null;
			}

			String term(ImportColumn column, List<TaxonomyTerm> list) {
				List<String> found = terms(column, list);
				if (found.size() > 1 && !hasError(column)) {
					error(column, "import.error.oneValue", quote(text(column)));
				}
				return found.isEmpty() ? "" : found.get(0);
			}

			/**
			 * The codes of a list cell: values separated by {@code |}, each its code or
			 * its name.
			 */
			List<String> terms(ImportColumn column, List<TaxonomyTerm> list) {
				Map<String, String> byName = Session.this.codes.computeIfAbsent(list, SurveyRows::codesByName);
				List<String> found = new ArrayList<>();
				for (String value : text(column).split("\\|")) {
					if (value.isBlank()) {
						continue;
					}
					String code = byName.get(ImportColumn.normalise(value));
					if (code == null) {
						error(column, "import.error.taxonomy", quote(value.strip()));
					}
					else {
						found.add(code);
					}
				}
				return found;
			}

			/** A count: digits, with dots between thousands ("1.200"). */
			Integer number(ImportColumn column) {
				String value = text(column);
				if (value.isEmpty()) {
					return null;
				}
				if (!NUMBER.matcher(value).matches()) {
					error(column, "import.error.number", quote(value));
					return null;
				}
				return Integer.parseInt(value.replace(".", ""));
			}

		}

	}

	Session session(Map<ImportColumn, Integer> positions) {
		return new Session(positions);
	}

	private static Map<String, String> codesByName(List<TaxonomyTerm> list) {
		Map<String, String> byName = new HashMap<>();
		for (TaxonomyTerm term : list) {
			byName.put(ImportColumn.normalise(term.name()), term.code());
		}
		for (TaxonomyTerm term : list) {
			byName.put(ImportColumn.normalise(term.code()), term.code());
		}
		return byName;
	}

	/** "16/03/2020" and "03/2020" as the card's ISO forms; anything else as typed. */
	static String isoDate(String typed) {
		Matcher day = DAY_FIRST.matcher(typed);
		if (day.matches()) {
			return day.group(3) + "-" + pad(day.group(2)) + "-" + pad(day.group(1));
		}
		Matcher month = MONTH_FIRST.matcher(typed);
		if (month.matches()) {
			return month.group(2) + "-" + pad(month.group(1));
		}
		Matcher withTime = ISO_WITH_TIME.matcher(typed);
		return withTime.matches() ? withTime.group(1) : typed;
	}

	private static String pad(String number) {
		return number.length() == 1 ? "0" + number : number;
	}

	private static String code(ImportColumn column, FieldError error, ComuneLookup lookup) {
		String code = error.getCode() == null ? "" : error.getCode();
		return switch (code) {
			case "NotBlank", "NotNull", "NotEmpty" -> "import.error.required";
			case "Size" -> "import.error.tooLong";
			case "Email" -> "import.error.email";
			case "Min" -> "import.error.negative";
			case "future" -> "import.error.future";
			case "invalid" -> "import.error.date";
			case "Pattern" -> switch (column) {
				case DATA_AVVIO -> "import.error.date";
				case TELEFONO -> "import.error.phone";
				default -> "import.error.url";
			};
			case "unknown" -> column != ImportColumn.COMUNE ? "import.error.taxonomy"
					: (lookup instanceof ComuneLookup.Homonyms ? "import.error.homonyms" : "import.error.comune");
			default -> "import.error.invalid";
		};
	}

	private static String[] arguments(ImportColumn column, FieldError error, SurveyRows.Session.Row row,
			ComuneLookup lookup) {
		String typed = quote(row.text(column));
		String code = error.getCode() == null ? "" : error.getCode();
		if ("Size".equals(code)) {
			Object[] args = error.getArguments();
			return new String[] { typed, args != null && args.length > 1 ? String.valueOf(args[1]) : "" };
		}
		if (lookup instanceof ComuneLookup.Homonyms homonyms && column == ImportColumn.COMUNE) {
			return new String[] { typed,
					homonyms.comuni()
						.stream()
						.map(c -> c.name() + " (" + c.province().carPlate() + ")")
						.collect(Collectors.joining(", ")) };
		}
		if ("import.error.invalid".equals(code(column, error, lookup))) {
			return new String[] { String.valueOf(error.getDefaultMessage()) };
		}
		return new String[] { typed };
	}

	private static String quote(String value) {
		return value.length() <= QUOTED ? value : value.substring(0, QUOTED - 1) + "…";
	}

}
