package it.anci.welfare.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import it.anci.welfare.catalogue.editing.CardInput;
import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.ProviderType;
import it.anci.welfare.catalogue.SourceKind;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.Taxonomy;
import it.anci.welfare.catalogue.TaxonomyTerm;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.ComuneLookup;
import it.anci.welfare.territory.TerritoryService;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;

/**
 * One file's reading: the lists as they are now, the comuni already looked up, the
 * external ids already seen.
 */
final class RowCheck {

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}|\\d{1,3}(\\.\\d{3}){1,2}");

	private final SurveyRows rows;

	private final Map<ImportColumn, Integer> positions;

	private final Taxonomy lists;

	private final Map<String, ComuneLookup> comuni = new HashMap<>();

	private final Map<String, Integer> externalIds = new HashMap<>();

	private final Map<List<TaxonomyTerm>, Map<String, String>> codes = new HashMap<>();

	RowCheck(SurveyRows rows, Map<ImportColumn, Integer> positions) {
		this.rows = rows;
		this.positions = positions;
		this.lists = rows.taxonomy.taxonomy();
	}

	/**
	 * Looks up the comuni of these rows at once, by the rules of
	 * {@link TerritoryService#resolveComune}: thousands of rows cost two statements, not
	 * one each.
	 */
	void lookUpComuni(List<SurveyFile.Line> lines) {
		List<String> typed = lines.stream().map(l -> typedComune(new Row(l))).distinct().toList();
		this.comuni.putAll(this.rows.territory.resolveComuni(typed));
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

	SurveyRows.Checked check(SurveyFile.Line line) {
		Row row = new Row(line);
		String externalId = row.text(ImportColumn.ID_ESTERNO);
		if (!externalId.isEmpty()) {
			Integer first = this.externalIds.putIfAbsent(externalId, line.number());
			if (first != null) {
				row.error(ImportColumn.ID_ESTERNO, "import.error.duplicateId", ImportErrors.quote(externalId),
						String.valueOf(first));
			}
		}
		String typedComune = typedComune(row);
		ComuneLookup lookup = this.comuni.computeIfAbsent(typedComune, this.rows.territory::resolveComune);
		String comune = lookup.found().map(Comune::istatCode).orElse(typedComune);

		List<PracticeCard.Source> sources = new ArrayList<>();
		for (ImportColumn[] source : ImportHeaders.SOURCES) {
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
				new PracticeCard.Service(row.text(ImportColumn.DESCRIZIONE), row.text(ImportColumn.DATI_QUANTITATIVI),
						row.number(ImportColumn.BENEFICIARI), row.number(ImportColumn.OPERATORI),
						row.stated(ImportColumn.PARTNER), row.stated(ImportColumn.TECNOLOGIE),
						row.terms(ImportColumn.FINANZIAMENTO, this.lists.fundingSources()),
						row.terms(ImportColumn.CANALI, this.lists.channels()), row.text(ImportColumn.NOTE_CANALI),
						row.terms(ImportColumn.STRUMENTI, this.lists.tools()), row.text(ImportColumn.NOTE_STRUMENTI)),
				SurveyRows.isoDate(row.text(ImportColumn.DATA_AVVIO)),
				row.choice(ImportColumn.RIFERIMENTO_DATA, StartBasis.values(), StartBasis::label, StartBasis.AVVIO),
				new PracticeCard.Feedback(row.stated(ImportColumn.RISCONTRI_OPERATORI),
						row.stated(ImportColumn.RISCONTRI_CITTADINANZA), row.stated(ImportColumn.INNOVAZIONE)),
				new PracticeCard.Continuity(row.choice(ImportColumn.PROSECUZIONE, Continuation.values(),
						Continuation::label, Continuation.NON_INDICATO), row.stated(ImportColumn.NOTA_PROSECUZIONE)),
				new PracticeCard.Contact(row.text(ImportColumn.UFFICIO), row.text(ImportColumn.EMAIL),
						row.text(ImportColumn.TELEFONO), row.text(ImportColumn.PAGINA_WEB)),
				sources);

		DirectFieldBindingResult errors = new DirectFieldBindingResult(new SurveyRows.Target(card), "row");
		this.rows.validator.validate(errors.getTarget(), errors);
		Optional<Comune> found = this.rows.checks.check(card, "card", errors);
		for (FieldError error : errors.getFieldErrors()) {
			ImportColumn column = ImportHeaders.FIELDS.get(error.getField().substring("card.".length()));
			if (column != null && !row.hasError(column)) {
				row.error(column, ImportErrors.code(column, error, lookup),
						ImportErrors.arguments(column, error, row.text(column), lookup));
			}
			else if (column == null) {
				row.error(ImportColumn.TITOLO, "import.error.invalid", String.valueOf(error.getDefaultMessage()));
			}
		}
		List<RowError> problems = row.errors();
		return new SurveyRows.Checked(line.number(), card, problems.isEmpty() ? found.orElse(null) : null,
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
			Integer position = RowCheck.this.positions.get(column);
			return position == null ? "" : this.line.cell(position);
		}

		/**
		 * A text the card must have: when the source says nothing, the card says so («Non
		 * indicato nella fonte»), as every card does.
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
			error(column, "import.error.choice", ImportErrors.quote(value),
					java.util.Arrays.stream(values).map(label).collect(Collectors.joining(", ")));
			return null;
		}

		String term(ImportColumn column, List<TaxonomyTerm> list) {
			List<String> found = terms(column, list);
			if (found.size() > 1 && !hasError(column)) {
				error(column, "import.error.oneValue", ImportErrors.quote(text(column)));
			}
			return found.isEmpty() ? "" : found.get(0);
		}

		/**
		 * The codes of a list cell: values separated by {@code |}, each its code or its
		 * name.
		 */
		List<String> terms(ImportColumn column, List<TaxonomyTerm> list) {
			Map<String, String> byName = RowCheck.this.codes.computeIfAbsent(list, SurveyRows::codesByName);
			List<String> found = new ArrayList<>();
			for (String value : text(column).split("\\|")) {
				if (value.isBlank()) {
					continue;
				}
				String code = byName.get(ImportColumn.normalise(value));
				if (code == null) {
					error(column, "import.error.taxonomy", ImportErrors.quote(value.strip()));
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
				error(column, "import.error.number", ImportErrors.quote(value));
				return null;
			}
			return Integer.parseInt(value.replace(".", ""));
		}

	}

}
