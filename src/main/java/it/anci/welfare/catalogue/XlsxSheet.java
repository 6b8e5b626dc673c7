package it.anci.welfare.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (XLSX) of one sheet written {@value #ROWS_IN_MEMORY} rows at a time
 * (fastexcel), so that a whole catalogue never sits in memory. Texts are inline string
 * cells, so "054039" keeps its zero and nothing is read as a formula (a shared-strings
 * table would also keep every text until the end); counts are number cells. The header is
 * bold and stays in view; each column is as wide as its header and the values of the
 * first rows, up to {@value #MAX_WIDTH} characters.
 */
final class XlsxSheet implements AutoCloseable {

	private static final int ROWS_IN_MEMORY = 100;

	private static final int MAX_WIDTH = 60;

	private final Workbook workbook;

	private final Worksheet sheet;

	private final int[] widths;

	private int next = 1;

	private boolean sized;

	/**
	 * Opens the sheet {@code name} with {@code header} as its first row.
	 */
	XlsxSheet(OutputStream out, String name, List<String> header) {
		this.workbook = new Workbook(out, "Portale Welfare dei Comuni", null);
		this.sheet = this.workbook.newWorksheet(name);
		this.widths = new int[header.size()];
		write(0, header);
		this.sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
		this.sheet.freezePane(0, 1);
	}

	void row(List<?> values) {
		int row = this.next++;
		write(row, values);
		if (row % ROWS_IN_MEMORY == 0) {
			try {
				flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private void write(int row, List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value instanceof Number number) {
				this.sheet.value(row, i, number);
			}
			else if (value != null) {
				this.sheet.inlineString(row, i, value.toString());
			}
			if (row < ROWS_IN_MEMORY && value != null) {
				this.widths[i] = Math.max(this.widths[i], value.toString().length());
			}
		}
	}

	/** Writes the rows so far; the first time, the columns' widths before them. */
	private void flush() throws IOException {
		if (!this.sized) {
			for (int i = 0; i < this.widths.length; i++) {
				this.sheet.width(i, Math.min(MAX_WIDTH, this.widths[i] + 2));
			}
			this.sized = true;
		}
		this.sheet.flush();
	}

	@Override
	public void close() throws IOException {
		flush();
		this.workbook.finish();
	}

}
