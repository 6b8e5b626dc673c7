package it.anci.welfare.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import it.anci.welfare.catalogue.Continuation;
import it.anci.welfare.catalogue.ProviderType;
import it.anci.welfare.catalogue.SourceKind;
import it.anci.welfare.catalogue.StartBasis;
import it.anci.welfare.catalogue.Taxonomy;
import it.anci.welfare.catalogue.taxonomy.TaxonomyService;
import it.anci.welfare.catalogue.TaxonomyTerm;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The model files of the import: a CSV (UTF-8 with BOM, {@code ;}, the header row only)
 * and an XLSX whose first sheet has the header row and text cells (ISTAT codes keep their
 * zeros), followed by the instructions (every column, whether it is required, what to
 * write, an example) and the values of every list. Filled in, either is a valid import.
 */
@Component
public class ImportModels {

	private final TaxonomyService taxonomy;

	private final MessageSource messages;

	ImportModels(TaxonomyService taxonomy, MessageSource messages) {
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	public static List<String> headers() {
		return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
	}

	public byte[] csv() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer,
						CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
			writer.write('\uFEFF');
			csv.printRecord(headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public byte[] xlsx(Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Portale Welfare dei Comuni", null);
			Worksheet cards = workbook.newWorksheet(message("import.model.sheet.cards", locale));
			List<String> headers = headers();
			row(cards, 0, headers.toArray(String[]::new));
			for (int i = 0; i < headers.size(); i++) {
				// the column's own style, as Excel and LibreOffice give it to every cell
				// typed in it: text, so that "054039" or "16/03/2020" stay as written
				cards.style(i).format("@").set();
				cards.width(i, 24);
			}
			cards.range(0, 0, 0, headers.size() - 1).style().bold().format("@").set();
			cards.freezePane(0, 1);

			Worksheet help = workbook.newWorksheet(message("import.model.sheet.help", locale));
			row(help, 0, message("import.model.column", locale), message("import.model.required", locale),
					message("import.model.what", locale), message("import.model.example", locale));
			bold(help, 4);
			int r = 1;
			for (ImportColumn column : ImportColumn.values()) {
				row(help, r++, column.header(),
						message(column.required() ? "import.model.yes" : "import.model.no", locale),
						message(column.helpKey(), locale), column.example());
			}
			widths(help, 26, 14, 90, 40);

			Worksheet values = workbook.newWorksheet(message("import.model.sheet.values", locale));
			row(values, 0, message("import.model.column", locale), message("import.model.code", locale),
					message("import.model.name", locale));
			bold(values, 3);
			r = 1;
			for (String[] value : values()) {
				row(values, r++, value);
			}
			widths(values, 26, 22, 100);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Every value of every list column: column, code, name. */
	List<String[]> values() {
		Taxonomy t = this.taxonomy.taxonomy();
		List<String[]> values = new ArrayList<>();
		Arrays.stream(ProviderType.values())
			.forEach(v -> values.add(new String[] { ImportColumn.TIPO_ENTE.header(), v.name(), v.label() }));
		terms(values, ImportColumn.TIPOLOGIA, t.classifications());
		terms(values, ImportColumn.AREE_SERVIZIO, t.serviceAreas());
		terms(values, ImportColumn.AREE_UTENZA, t.targetGroups());
		terms(values, ImportColumn.INTERVENTI, t.interventionKinds());
		terms(values, ImportColumn.CANALI, t.channels());
		terms(values, ImportColumn.STRUMENTI, t.tools());
		terms(values, ImportColumn.FINANZIAMENTO, t.fundingSources());
		Arrays.stream(StartBasis.values())
			.forEach(v -> values.add(new String[] { ImportColumn.RIFERIMENTO_DATA.header(),
					v.name().toLowerCase(Locale.ROOT), v.label() }));
		Arrays.stream(Continuation.values())
			.forEach(v -> values.add(new String[] { ImportColumn.PROSECUZIONE.header(), v.name(), v.label() }));
		Arrays.stream(SourceKind.values())
			.forEach(v -> values.add(new String[] { "fonte_N_tipo", v.name(), v.label() }));
		return values;
	}

	private static void terms(List<String[]> values, ImportColumn column, List<TaxonomyTerm> list) {
		list.forEach(term -> values.add(new String[] { column.header(), term.code(), term.name() }));
	}

	private static void row(Worksheet sheet, int index, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			sheet.value(index, i, cells[i]);
		}
	}

	private static void bold(Worksheet sheet, int columns) {
		sheet.range(0, 0, 0, columns - 1).style().bold().set();
	}

	private static void widths(Worksheet sheet, int... widths) {
		for (int i = 0; i < widths.length; i++) {
			sheet.width(i, widths[i]);
		}
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
