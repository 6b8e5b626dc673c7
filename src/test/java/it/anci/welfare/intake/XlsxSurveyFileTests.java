package it.anci.welfare.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import it.anci.welfare.support.SampleFiles;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An uploaded XLSX read as a table of texts, as the import read it with POI: strings as
 * they are, dates as ISO days, formulas by their saved result, numbers as the spreadsheet
 * shows them, Excel's row numbers; zip bombs refused before reading.
 */
class XlsxSurveyFileTests {

	@ParameterizedTest
	@ValueSource(ints = { 14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47 })
	void excelsBuiltInDateFormatsAreDatesByTheirIdAlone(int id) {
		assertThat(CellFormats.isDate(id, null)).isTrue();
		assertThat(DateUtil.isADateFormat(id, null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 44, 48, 49 })
	void otherBuiltInFormatsAreNot(int id) {
		assertThat(CellFormats.isDate(id, null)).isFalse();
	}

	/** Date codes, each also one for POI's DateUtil, which the import used before. */
	@ParameterizedTest
	@ValueSource(strings = { "dd/mm/yyyy", "d/m/yy", "yyyy-mm-dd", "d mmmm yyyy", "mmm-yy", "dd/mm/yyyy;@",
			"[$-410]d mmmm yyyy", "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", "[Red]dd/mm/yyyy", "h:mm AM/PM",
			"hh:mm:ss.000", "[h]:mm:ss", "[mm]:ss", "DD.MM.YYYY", "yyyy-mm-ddThh:mm" })
	void customCodesMadeOfDateLettersAreDates(String format) {
		assertThat(CellFormats.isDate(164, format)).isTrue();
		assertThat(DateUtil.isADateFormat(164, format)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "General", "@", "0", "0.00", "#,##0", "#,##0.00 €", "0%", "0.00E+00", "# ?/?", "000000",
			"[Red]0.00", "[Blue]#,##0;[Red]-#,##0", "0 \"giorni\"", "\"anno\" 0", "#,##0 \"mesi\"", "0\\h", "0.0_m",
			"[$€-410] #,##0.00", "" })
	void numberCodesAreNotDatesEvenWithDateLettersInQuotesOrBrackets(String format) {
		assertThat(CellFormats.isDate(164, format)).isFalse();
	}

	@Test
	void quotedTextNextToADateCodeDoesNotHideTheDate() {
		// POI counted the quoted letters and missed these dates
		assertThat(CellFormats.isDate(164, "dd/mm/yyyy \"ore\" hh:mm")).isTrue();
		assertThat(CellFormats.isDate(164, "\"dal\" d mmmm yyyy")).isTrue();
		assertThat(CellFormats.isDate(164, null)).isFalse();
	}

	@Test
	void numbersAreShownAsExcelShowsThemInItalian() {
		assertThat(CellFormats.text(new BigDecimal("5000"), null)).isEqualTo("5000");
		assertThat(CellFormats.text(new BigDecimal("5000.0"), "General")).isEqualTo("5000");
		assertThat(CellFormats.text(new BigDecimal("1234.5"), null)).isEqualTo("1234,5");
		assertThat(CellFormats.text(new BigDecimal("0.30000000000000004"), null)).isEqualTo("0,3");
		assertThat(CellFormats.text(new BigDecimal("-0.5"), null)).isEqualTo("-0,5");
		assertThat(CellFormats.text(new BigDecimal("3331234567"), null)).isEqualTo("3331234567");
		assertThat(CellFormats.text(new BigDecimal("123456789012"), null)).isEqualTo("1,23457E+11");
		assertThat(CellFormats.text(new BigDecimal("0"), null)).isEqualTo("0");
		assertThat(CellFormats.text(new BigDecimal("1200"), "#,##0")).isEqualTo("1.200");
		assertThat(CellFormats.text(new BigDecimal("1200"), "#,##0 ;[Red](#,##0)")).isEqualTo("1.200");
		assertThat(CellFormats.text(new BigDecimal("54039"), "000000")).isEqualTo("054039");
		assertThat(CellFormats.text(new BigDecimal("2.5"), "0")).isEqualTo("3");
		assertThat(CellFormats.text(new BigDecimal("12.5"), "0.00")).isEqualTo("12,50");
		assertThat(CellFormats.text(new BigDecimal("0.256"), "0.0%")).isEqualTo("25,6%");
		// formats beyond the digit ones: Excel's General
		assertThat(CellFormats.text(new BigDecimal("12.5"), "#,##0.00 \"€\"")).isEqualTo("12,5");
		assertThat(CellFormats.text(new BigDecimal("1200"), "#,##0 €")).isEqualTo("1200");
		assertThat(CellFormats.text(new BigDecimal("1200.5"), "# ?/?")).isEqualTo("1200,5");
	}

	/** The same workbook, read by POI's DataFormatter(Locale.ITALY) and by the import. */
	@Test
	void numberCellsReadAsPoiShowedThem() throws IOException {
		Object[][] cells = { { 5000, null }, { 5000.0, "General" }, { 1234.5, null }, { 0.1 + 0.2, null },
				{ -0.5, null }, { 3331234567d, null }, { 1200, "#,##0" }, { 1234567.891, "#,##0.00" },
				{ 54039, "000000" }, { 2.5, "0" }, { 12.5, "0.00" }, { 0.256, "0.0%" }, { 0.5, "0%" } };
		List<String> expected = new ArrayList<>();
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Dati");
			Row header = sheet.createRow(0);
			Row values = sheet.createRow(1);
			DataFormatter poi = new DataFormatter(Locale.ITALY);
			for (int i = 0; i < cells.length; i++) {
				header.createCell(i).setCellValue("n" + i);
				values.createCell(i).setCellValue(((Number) cells[i][0]).doubleValue());
				if (cells[i][1] != null) {
					CellStyle style = workbook.createCellStyle();
					style.setDataFormat(workbook.createDataFormat().getFormat((String) cells[i][1]));
					values.getCell(i).setCellStyle(style);
				}
				expected.add(poi.formatCellValue(values.getCell(i)));
			}
			workbook.write(out);
			file = out.toByteArray();
		}
		assertThat(SurveyFile.readXlsx(file).rows().get(0).cells()).containsExactlyElementsOf(expected)
			.contains("5000", "1234,5", "1.200", "054039", "25,6%");
	}

	@Test
	void stringsDatesFormulasAndRowNumbersAreReadAsTheSpreadsheetShowsThem() throws IOException {
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Risposte");
			sheet.createRow(1).createCell(0).setCellValue(" "); // rows left empty before
																// the header
			row(sheet, 2, "comune", "codice", "data_avvio", "beneficiari", "totale", "codice_calcolato",
					"avvio_calcolato", "attivo", "nota");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row first = row(sheet, 3, "Perugia", "054039");
			first.createCell(2).setCellValue(LocalDate.of(2020, 4, 2));
			first.getCell(2).setCellStyle(date);
			first.createCell(3).setCellValue(5000);
			first.createCell(4).setCellFormula("D4*2");
			first.createCell(5).setCellFormula("\"054\"&\"039\"");
			first.createCell(6).setCellFormula("DATE(2020,3,16)");
			first.getCell(6).setCellStyle(date);
			first.createCell(7).setCellValue(true);
			first.createCell(8).setCellValue("'=1+1");
			row(sheet, 4, "", "", ""); // cells, all empty: skipped
			row(sheet, 6, "Terni");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			file = out.toByteArray();
		}
		SurveyFile.Table table = SurveyFile.readXlsx(file);
		assertThat(table.headers()).containsExactly("comune", "codice", "data_avvio", "beneficiari", "totale",
				"codice_calcolato", "avvio_calcolato", "attivo", "nota");
		assertThat(table.rows()).extracting(SurveyFile.Line::number).containsExactly(4, 7);
		assertThat(table.rows().get(0).cells()).containsExactly("Perugia", "054039", "2020-04-02", "5000", "10000",
				"054039", "2020-03-16", "TRUE", "=1+1");
		assertThat(table.rows().get(1).cells()).containsExactly("Terni");
	}

	@Test
	void aWorkbookWithoutAStylesPartIsReadToo() throws IOException {
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Row header = workbook.createSheet("Risposte").createRow(0);
			header.createCell(0).setCellValue("comune");
			header.createCell(1).setCellValue(120);
			workbook.write(out);
			file = out.toByteArray();
		}
		byte[] withoutStyles = withoutEntry(file, "xl/styles.xml");
		assertThat(SurveyFile.readXlsx(withoutStyles).headers()).containsExactly("comune", "120");
	}

	@Test
	void aWorkbookWithoutRowsOrNotAWorkbookIsUnreadable() throws IOException {
		byte[] empty;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Vuoto");
			workbook.write(out);
			empty = out.toByteArray();
		}
		assertThatThrownBy(() -> SurveyFile.readXlsx(empty)).isInstanceOf(SurveyFile.UnreadableException.class);
		assertThatThrownBy(() -> SurveyFile.readXlsx(SampleFiles.zip()))
			.isInstanceOf(SurveyFile.UnreadableException.class);
		byte[] cut = Arrays.copyOf(SampleFiles.xlsx(), 200);
		assertThatThrownBy(() -> SurveyFile.readXlsx(cut)).isInstanceOf(SurveyFile.UnreadableException.class)
			.isNotInstanceOf(SurveyFile.UnpacksTooLargeException.class);
		assertThatThrownBy(() -> SurveyFile.readXlsx("comune;beneficiari".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(SurveyFile.UnreadableException.class);
	}

	@Test
	void aPartThatUnpacksToMoreThanAHundredTimesItsSizeIsAZipBomb() throws IOException {
		// 20 MB of one repeated byte pack into about 20 KB: 0.1 %
		byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[20 * 1024 * 1024]);
		assertThat(bomb.length).isLessThan(100 * 1024);
		assertThat(ZipBombGuard.unpacksSafely(bomb)).isFalse();
		assertThatThrownBy(() -> SurveyFile.readXlsx(bomb)).isInstanceOf(SurveyFile.UnpacksTooLargeException.class);

		// under the grace size any ratio is fine; a real workbook is fine
		assertThat(ZipBombGuard.unpacksSafely(zip("xl/styles.xml", new byte[90 * 1024]))).isTrue();
		assertThat(ZipBombGuard.unpacksSafely(SampleFiles.xlsx())).isTrue();
		assertThatThrownBy(() -> ZipBombGuard.unpacksSafely("non è uno zip".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IOException.class);
	}

	private static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
		return row;
	}

	private static byte[] withoutEntry(byte[] zip, String name) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (!entry.getName().equals(name)) {
					out.putNextEntry(new ZipEntry(entry.getName()));
					in.transferTo(out);
					out.closeEntry();
				}
			}
		}
		return bytes.toByteArray();
	}

	private static byte[] zip(String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
