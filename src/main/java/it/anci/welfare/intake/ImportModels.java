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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle text = workbook.createCellStyle();
			DataFormat format = workbook.createDataFormat();
			text.setDataFormat(format.getFormat("@"));
			header.setDataFormat(format.getFormat("@"));

			Sheet cards = workbook.createSheet(message("import.model.sheet.cards", locale));
			Row headerRow = cards.createRow(0);
			List<String> headers = headers();
			for (int i = 0; i < headers.size(); i++) {
				headerRow.createCell(i).setCellValue(headers.get(i));
				headerRow.getCell(i).setCellStyle(header);
				cards.setDefaultColumnStyle(i, text);
				cards.setColumnWidth(i, 24 * 256);
			}
			cards.createFreezePane(0, 1);

			Sheet help = workbook.createSheet(message("import.model.sheet.help", locale));
			row(help, 0, header, message("import.model.column", locale), message("import.model.required", locale),
					message("import.model.what", locale), message("import.model.example", locale));
			int r = 1;
			for (ImportColumn column : ImportColumn.values()) {
				row(help, r++, null, column.header(),
						message(column.required() ? "import.model.yes" : "import.model.no", locale),
						message(column.helpKey(), locale), column.example());
			}
			help.setColumnWidth(0, 26 * 256);
			help.setColumnWidth(1, 14 * 256);
			help.setColumnWidth(2, 90 * 256);
			help.setColumnWidth(3, 40 * 256);

			Sheet values = workbook.createSheet(message("import.model.sheet.values", locale));
			row(values, 0, header, message("import.model.column", locale), message("import.model.code", locale),
					message("import.model.name", locale));
			r = 1;
			for (String[] value : values()) {
				row(values, r++, null, value);
			}
			values.setColumnWidth(0, 26 * 256);
			values.setColumnWidth(1, 22 * 256);
			values.setColumnWidth(2, 100 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	private static void row(Sheet sheet, int index, CellStyle style, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
			if (style != null) {
				row.getCell(i).setCellStyle(style);
			}
		}
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
