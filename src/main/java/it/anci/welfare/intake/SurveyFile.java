package it.anci.welfare.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * An import file read as a table of texts: its header row and its rows, each with its
 * line number as a spreadsheet shows it (the header is line 1; rows left empty are
 * skipped). CSV files may be UTF-8 (with or without BOM) or Windows-1252, separated by
 * {@code ;}, {@code ,} or tabs (whichever the header line uses most); XLSX files are read
 * from their first sheet, dates as ISO days.
 */
final class SurveyFile {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private SurveyFile() {
	}

	record Line(int number, List<String> cells) {

		String cell(int index) {
			return index < this.cells.size() ? this.cells.get(index) : "";
		}

	}

	record Table(List<String> headers, List<Line> rows) {
	}

	/** The file could not be read as a table (a broken XLSX, no header row). */
	static class UnreadableException extends RuntimeException {

		UnreadableException(Throwable cause) {
			super(cause);
		}

	}

	/** An XLSX that would unpack to far more than a spreadsheet holds: a zip bomb. */
	static final class UnpacksTooLargeException extends UnreadableException {

		UnpacksTooLargeException() {
			super(null);
		}

	}

	static Table read(byte[] content, boolean spreadsheet) {
		return spreadsheet ? readXlsx(content) : readCsv(content);
	}

	static Table readCsv(byte[] content) {
		try (BOMInputStream withoutBom = BOMInputStream.builder()
			.setInputStream(new ByteArrayInputStream(content))
			.setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
			.get()) {
			Charset charset = withoutBom.hasBOM() ? Charset.forName(withoutBom.getBOMCharsetName())
					: (isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252);
			byte[] body = withoutBom.readAllBytes();
			String text = new String(body, charset);
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(separator(text))
				.setTrim(true)
				.setIgnoreEmptyLines(true)
				.get();
			List<String> headers = null;
			List<Line> rows = new ArrayList<>();
			try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), charset);
					CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
				int line = 0;
				for (CSVRecord record : parser) {
					// the spreadsheet's row number: blank lines are not records, but they
					// are rows
					line = Math.max(line + 1, (int) record.getRecordNumber());
					List<String> cells = record.toList().stream().map(SurveyFile::clean).toList();
					if (headers == null) {
						headers = cells;
					}
					else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
						rows.add(new Line(line, cells));
					}
				}
			}
			if (headers == null) {
				throw new UnreadableException(new IOException("no header row"));
			}
			return new Table(headers, rows);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new UnreadableException(ex);
		}
	}

	/** Valid UTF-8 (plain ASCII included); anything else is read as Windows-1252. */
	static boolean isUtf8(byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/**
	 * The separator the header line uses most, outside quotes: {@code ;} (Italian
	 * spreadsheets), {@code ,} or a tab.
	 */
	static char separator(String text) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted) {
				semicolons += c == ';' ? 1 : 0;
				commas += c == ',' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return commas > semicolons ? ',' : ';';
	}

	static Table readXlsx(byte[] content) {
		try (ReadableWorkbook workbook = open(content); Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
			List<String> headers = null;
			List<Line> rows = new ArrayList<>();
			for (Row row : (Iterable<Row>) sheet::iterator) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(clean(text(row.getCell(i))));
				}
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (headers == null) {
					headers = cells;
				}
				else {
					rows.add(new Line(row.getRowNum(), cells));
				}
			}
			if (headers == null) {
				throw new UnreadableException(new IOException("no header row"));
			}
			return new Table(headers, rows);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableException unreadable) {
				throw unreadable;
			}
			throw new UnreadableException(ex);
		}
	}

	/**
	 * The workbook with its cells' number formats, once it is known not to be a zip bomb.
	 */
	private static ReadableWorkbook open(byte[] content) throws IOException {
		if (!ZipBombGuard.unpacksSafely(content)) {
			throw new UnpacksTooLargeException();
		}
		try {
			return new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
		}
		catch (ExcelReaderException withoutStyles) {
			// a workbook may have no styles part (POI read it): then every cell has the
			// General format, and the cells are read without formats
			return new ReadableWorkbook(new ByteArrayInputStream(content), ReadingOptions.DEFAULT_READING_OPTIONS);
		}
	}

	/**
	 * A cell's text as the spreadsheet shows it; a formula by the result the spreadsheet
	 * saved with it, dates as ISO days.
	 */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getValue() instanceof BigDecimal number) {
			return CellFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString())
					? cell.asDate().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
					: CellFormats.text(number, cell.getDataFormatString());
		}
		if (cell.getValue() instanceof Boolean truth) {
			return truth ? "TRUE" : "FALSE";
		}
		return cell.getText();
	}

	/**
	 * Without spaces around and the {@code '} the portal's exports put before a cell that
	 * a spreadsheet would read as a formula.
	 */
	private static String clean(String value) {
		String stripped = value == null ? "" : value.strip();
		return stripped.length() > 1 && stripped.charAt(0) == '\'' && "=+-@".indexOf(stripped.charAt(1)) >= 0
				? stripped.substring(1) : stripped;
	}

}
