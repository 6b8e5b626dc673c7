package it.anci.welfare.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.SampleFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The import of survey exports at /admin/pratiche/importa: the dry run's report row by
 * row, the import all or nothing, the re-import that updates, encodings and separators,
 * XLSX, the mapping of unknown headers remembered per source, refused files, the model
 * files.
 */
@PortalTest
class SurveyImportTests {

	static final String SOURCE = "Prova import: Questionario ANCI 2021";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	/** Other test classes count the cards: leave the shared database as it was. */
	@AfterEach
	void removeWhatTheImportsWrote() {
		String sources = "(select id from import_source where name like 'Prova import%')";
		List<Long> files = this.jdbc.sql("select file_id from import_job where source_id in " + sources)
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from practice where import_source_id in " + sources).update();
		this.jdbc.sql("delete from import_job where source_id in " + sources).update();
		this.jdbc.sql("delete from import_source where name like 'Prova import%'").update();
		files.forEach(id -> this.jdbc.sql("delete from stored_file where id = ?").param(id).update());
	}

	@Test
	void aGoodFileIsCheckedWithoutSavingThenImportedAsDraftsOrPublished() {
		long audited = count("select coalesce(max(id), 0) from audit_event");
		byte[] file = csv(';', StandardCharsets.UTF_8, goodRows());
		long job = upload(SOURCE, "questionario.csv", file);
		awaitEnd(job);
		Document report = page(job);
		assertThat(report.select(".import-ok").text()).contains("Nessun errore nelle 3 righe");
		assertThat(report.select(".import-report")).isEmpty();
		assertThat(importedCards()).isZero();

		assertThat(importa(job, false)).hasStatus3xxRedirection();
		awaitEnd(job);
		assertThat(page(job).select(".import-done").text()).contains("3 schede create e 0 aggiornate", "in bozza");
		assertThat(this.jdbc.sql("select status from practice where import_source_id = " + source())
			.query(String.class)
			.list()).containsOnly("DRAFT").hasSize(3);
		String slug = slugOf("Q-1");
		assertThat(Http.get(this.port, "/pratiche/" + slug).statusCode()).isEqualTo(404);
		assertThat(this.jdbc.sql("select action from audit_event where target = ? and id > ? order by id")
			.params(SOURCE, audited)
			.query(String.class)
			.list()).containsExactly("IMPORTATO");

		// the same file again, published: the cards are updated, not duplicated
		long second = upload(SOURCE, "questionario.csv", file);
		awaitEnd(second);
		assertThat(importa(second, true)).hasStatus3xxRedirection();
		awaitEnd(second);
		assertThat(page(second).select(".import-done").text()).contains("0 schede create e 3 aggiornate");
		assertThat(importedCards()).isEqualTo(3);
		var card = Http.get(this.port, "/pratiche/" + slug);
		assertThat(card.statusCode()).isEqualTo(200);
		Document public_ = Jsoup.parse(card.body());
		assertThat(public_.select(".practice-imported").text()).startsWith("Importata da «" + SOURCE + "» il ");
		assertThat(public_.select(".badge").eachText()).contains("Importata da una rilevazione");
		// the catalogue finds them by where they come from
		Document imported = Jsoup.parse(Http.get(this.port, "/pratiche?fonte=importata").body());
		assertThat(imported.select("main a[href=/pratiche/" + slug + "]")).isNotEmpty();
		assertThat(imported.select("main a[href^=/pratiche/]").eachAttr("href"))
			.allMatch(h -> !h.startsWith("/pratiche/") || h.contains("?")
					|| this.jdbc.sql("select provenance from practice where slug = ?")
						.param(h.substring("/pratiche/".length()))
						.query(String.class)
						.optional()
						.map("IMPORTATA"::equals)
						.orElse(true));
		assertThat(public_.text()).contains("Spesa a domicilio per le persone anziane", "Comune di Perugia",
				"Non indicato nella fonte");
		assertThat(this.jdbc.sql("select comune_code from practice where slug = ?")
			.param(slug)
			.query(String.class)
			.single()).isEqualTo("054039");
	}

	@Test
	void aReimportOfTheSameSourceUpdatesTheCardsItAlreadyHas() {
		List<Map<String, String>> rows = goodRows();
		long first = upload(SOURCE, "questionario.csv", csv(';', StandardCharsets.UTF_8, rows));
		awaitEnd(first);
		importa(first, true);
		awaitEnd(first);
		long before = count("select count(*) from practice");
		String slug = slugOf("Q-2");

		rows.get(1).put("descrizione", "Descrizione corretta nella seconda esportazione.");
		long second = upload(SOURCE, "questionario-v2.csv", csv(';', StandardCharsets.UTF_8, rows));
		awaitEnd(second);
		importa(second, true);
		awaitEnd(second);
		assertThat(page(second).select(".import-done").text()).contains("0 schede create e 3 aggiornate");
		assertThat(count("select count(*) from practice")).isEqualTo(before);
		assertThat(slugOf("Q-2")).isEqualTo(slug);
		assertThat(this.jdbc.sql("select description from practice where slug = ?")
			.param(slug)
			.query(String.class)
			.single()).isEqualTo("Descrizione corretta nella seconda esportazione.");
	}

	@Test
	void everyErrorIsReportedOnItsOwnLineAndImportaIsRefusedWithNothingSaved() {
		List<Map<String, String>> rows = new ArrayList<>();
		rows.add(row("Q-1", "Perugia")); // line 2: good
		rows.add(with(row("Q-2", "Perugiaa"))); // 3
		rows.add(with(row("Q-3", "Assisi"), "aree_utenza", "Anziani | Marziani")); // 4
		rows.add(with(row("Q-4", "Assisi"), "data_avvio", "31/02/2020")); // 5
		rows.add(with(row("Q-5", "Assisi"), "titolo", "")); // 6
		rows.add(with(row("Q-6", "Assisi"), "titolo", "Servizio ".repeat(30))); // 7
		rows.add(with(row("Q-7", "Assisi"), "fonte_1_url", "www.comune.assisi.pg.it")); // 8
		rows.add(with(row("Q-8", "Assisi"), "email", "non-una-mail")); // 9
		rows.add(with(row("Q-9", "Assisi"), "beneficiari", "circa 300")); // 10
		rows.add(with(row("Q-10", "Assisi"), "tipo_ente", "Parrocchia")); // 11
		rows.add(row("Q-1", "Assisi")); // 12
		rows.add(row("Q-12", "Castro")); // 13
		rows.add(with(row("Q-13", "Assisi"), "data_avvio", "2099-01-01")); // 14
		rows.add(with(row("Q-14", "Assisi"), "fonte_1_url", "")); // 15
		long job = upload(SOURCE, "con-errori.csv", csv(';', StandardCharsets.UTF_8, rows));
		awaitEnd(job);

		Document report = page(job);
		assertThat(report.select(".import-errors").text()).contains("Trovati 13 errori",
				"Nessuna scheda è stata salvata");
		assertThat(report.select(".import-confirm")).isEmpty();
		Map<String, String> byLine = new LinkedHashMap<>();
		for (Element tr : report.select(".import-report tbody tr")) {
			String line = tr.child(0).text();
			assertThat(byLine).as("one error on line " + line).doesNotContainKey(line);
			byLine.put(line, tr.child(1).text() + " | " + tr.child(2).text());
		}
		assertThat(byLine).containsOnlyKeys("3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
		assertThat(byLine.get("3")).startsWith("comune | Comune sconosciuto «Perugiaa»");
		assertThat(byLine.get("4")).startsWith("aree_utenza | Valore non presente nell’elenco: «Marziani»");
		assertThat(byLine.get("5")).startsWith("data_avvio | Data non valida «31/02/2020»");
		assertThat(byLine.get("6")).isEqualTo("titolo | Campo obbligatorio vuoto.");
		assertThat(byLine.get("7")).startsWith("titolo | Testo troppo lungo: al massimo 250 caratteri");
		assertThat(byLine.get("8")).startsWith("fonte_1_url | Indirizzo web non valido «www.comune.assisi.pg.it»");
		assertThat(byLine.get("9")).startsWith("email | Indirizzo di posta elettronica non valido «non-una-mail»");
		assertThat(byLine.get("10")).isEqualTo("beneficiari | «circa 300» non è un numero intero.");
		assertThat(byLine.get("11")).startsWith("tipo_ente | Valore non ammesso «Parrocchia»: scelga tra Comune, ");
		assertThat(byLine.get("12"))
			.isEqualTo("id_esterno | L’identificativo «Q-1» è già usato alla riga 2 di questo file.");
		assertThat(byLine.get("13")).startsWith("comune | Più Comuni si chiamano «Castro»: ")
			.contains("Castro (BG)", "Castro (LE)");
		assertThat(byLine.get("14")).isEqualTo("data_avvio | La data di avvio «2099-01-01» è futura.");
		assertThat(byLine.get("15")).startsWith("fonte_1_url | Manca la fonte");

		MvcTestResult refused = importa(job, true);
		assertThat(refused).hasStatus(422);
		assertThat(refused).bodyText().contains("Questo file non si può importare");
		assertThat(this.jdbc.sql("select status from import_job where id = ?").param(job).query(String.class).single())
			.isEqualTo("CHECKED");
		assertThat(importedCards()).isZero();
		assertThat(count("select count(*) from practice where title = 'Spesa a domicilio per le persone anziane'"))
			.isZero();
	}

	@Test
	void aWindows1252FileSeparatedByCommasKeepsItsAccents() {
		Map<String, String> row = row("W-1", "Forlì");
		row.put("ente", "Comune di Forlì");
		row.put("descrizione", "Le attività di consegna, con i volontari; più di 300 famiglie.");
		byte[] file = csv(',', Charset.forName("windows-1252"), List.of(row));
		assertThat(new String(file, StandardCharsets.ISO_8859_1)).contains("Forl\u00ec");
		long job = upload(SOURCE, "windows.csv", file);
		awaitEnd(job);
		assertThat(page(job).select(".import-ok").text()).contains("Nessun errore nelle 1 righe");
		importa(job, false);
		awaitEnd(job);
		var card = this.jdbc
			.sql("select comune_code, provider_name, description from practice where external_id = 'W-1'")
			.query()
			.singleRow();
		assertThat(card).containsEntry("comune_code", "040012")
			.containsEntry("provider_name", "Comune di Forlì")
			.containsEntry("description", "Le attività di consegna, con i volontari; più di 300 famiglie.");
	}

	@Test
	void anXlsxFileIsReadFromItsFirstSheet() throws IOException {
		Map<String, String> row = row("X-1", "Bastia Umbra");
		row.put("data_avvio", "");
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Risposte");
			Row header = sheet.createRow(0);
			Row values = sheet.createRow(1);
			int i = 0;
			for (Map.Entry<String, String> cell : row.entrySet()) {
				header.createCell(i).setCellValue(cell.getKey());
				if (cell.getKey().equals("data_avvio")) {
					// a real date cell, as a survey tool writes it
					var style = workbook.createCellStyle();
					style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
					values.createCell(i).setCellValue(java.time.LocalDate.of(2020, 4, 2));
					values.getCell(i).setCellStyle(style);
				}
				else if (cell.getKey().equals("beneficiari")) {
					values.createCell(i).setCellValue(120);
				}
				else {
					values.createCell(i).setCellValue(cell.getValue());
				}
				i++;
			}
			workbook.write(out);
			file = out.toByteArray();
		}
		long job = upload(SOURCE, "risposte.xlsx", file);
		awaitEnd(job);
		assertThat(page(job).select(".import-ok").text()).contains("Nessun errore nelle 1 righe");
		importa(job, true);
		awaitEnd(job);
		var card = this.jdbc.sql(
				"select comune_code, start_date::text, start_precision, beneficiaries, status from practice where external_id = 'X-1'")
			.query()
			.singleRow();
		assertThat(card).containsEntry("comune_code", "054002")
			.containsEntry("start_date", "2020-04-02")
			.containsEntry("start_precision", "DAY")
			.containsEntry("beneficiaries", 120)
			.containsEntry("status", "PUBLISHED");
	}

	@Test
	void unknownHeadersAreMappedOnceAndRememberedForTheNextFileOfTheSameSource() {
		Map<String, String> row = row("M-1", "Perugia");
		Map<String, String> renamed = new LinkedHashMap<>();
		row.forEach((column, value) -> renamed.put(column.equals("comune") ? "Comune capofila" : column, value));
		renamed.put("Note interne", "da ricontattare");
		byte[] file = csv(';', StandardCharsets.UTF_8, List.of(renamed));

		MvcTestResult uploaded = uploadRequest(SOURCE, "rinominato.csv", file);
		long job = jobOf(uploaded);
		assertThat(uploaded).hasRedirectedUrl("/admin/pratiche/importa/" + job);
		MvcTestResult redirect = this.mvc.get()
			.uri("/admin/pratiche/importa/{id}", job)
			.with(user("admin").roles("ADMIN"))
			.exchange();
		assertThat(redirect).hasRedirectedUrl("/admin/pratiche/importa/" + job + "/colonne");
		MvcTestResult mapping = this.mvc.get()
			.uri("/admin/pratiche/importa/{id}/colonne", job)
			.with(user("admin").roles("ADMIN"))
			.exchange();
		assertThat(mapping).hasStatusOk();
		Document form = Jsoup.parse(new String(mapping.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(form.select(".import-mapping label").eachText())
			.containsExactly("Colonna del file «Comune capofila»", "Colonna del file «Note interne»");
		assertThat(status(job)).isEqualTo("MAPPING");

		assertThat(this.mvc.post()
			.uri("/admin/pratiche/importa/{id}/colonne", job)
			.param("colonna-0", "comune")
			.param("colonna-1", "")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.exchange()).hasRedirectedUrl("/admin/pratiche/importa/" + job);
		awaitEnd(job);
		assertThat(page(job).select(".import-ok").text()).contains("Nessun errore nelle 1 righe");

		// the next file of the same source skips the step; another source is asked
		long next = upload(SOURCE, "rinominato-2.csv", file);
		assertThat(status(next)).isIn("CHECKING", "CHECKED");
		awaitEnd(next);
		assertThat(page(next).select(".import-ok").text()).contains("Nessun errore nelle 1 righe");
		long other = upload("Prova import: altra fonte", "rinominato.csv", file);
		assertThat(status(other)).isEqualTo("MAPPING");
	}

	@Test
	void aFileOfTheWrongTypeOrTooLargeGetsAPageSayingSoAndEditorsAreNotAllowed() {
		MvcTestResult html = uploadRequest(SOURCE, "risposte.csv",
				"<!DOCTYPE html><html><body><p>non è un CSV</p></body></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(html).hasStatus(415);
		assertThat(html).bodyText()
			.contains("File non accettato", "non è un CSV né un foglio di calcolo XLSX", "Nulla è stato salvato");

		byte[] large = new byte[10 * 1024 * 1024 + 1];
		Arrays.fill(large, (byte) 'a');
		MvcTestResult tooLarge = uploadRequest(SOURCE, "enorme.csv", large);
		assertThat(tooLarge).hasStatus(413);
		assertThat(tooLarge).bodyText().contains("supera la dimensione massima di 10 MB");

		MvcTestResult noSource = uploadRequest(" ", "questionario.csv", csv(';', StandardCharsets.UTF_8, goodRows()));
		assertThat(noSource).hasStatus(422);
		assertThat(noSource).bodyText().contains("Indichi il nome della fonte");
		assertThat(count(
				"select count(*) from import_job where source_id in (select id from import_source where name like 'Prova import%')"))
			.isZero();

		assertThat(this.mvc.get().uri("/admin/pratiche/importa").with(user("redattrice").roles("EDITOR")).exchange())
			.hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/admin/pratiche/importa")
			.multipart()
			.file(new MockMultipartFile("file", "q.csv", "text/csv", csv(';', StandardCharsets.UTF_8, goodRows())))
			.param("fonte", SOURCE)
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf().asHeader())
			.exchange()).hasStatus(403);
		MvcTestResult admin = this.mvc.get().uri("/admin").with(user("admin").roles("ADMIN")).exchange();
		assertThat(admin).bodyText().contains("/admin/pratiche/importa");
		MvcTestResult editor = this.mvc.get().uri("/admin").with(user("redattrice").roles("EDITOR")).exchange();
		assertThat(editor).bodyText().doesNotContain("/admin/pratiche/importa");
	}

	/**
	 * A real workbook with one more part of 20 MB of zeros, packed to a few kilobytes:
	 * the page says the file cannot be read, with 413, before anything unpacks it whole,
	 * and no job is saved.
	 */
	@Test
	void aWorkbookThatWouldUnpackToFarMoreThanItsSizeIsRefusedWithNothingSaved() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream workbook = new ZipInputStream(new ByteArrayInputStream(SampleFiles.xlsx()));
				ZipOutputStream zip = new ZipOutputStream(bomb)) {
			for (ZipEntry entry = workbook.getNextEntry(); entry != null; entry = workbook.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				workbook.transferTo(zip);
			}
			zip.putNextEntry(new ZipEntry("xl/media/zeri.bin"));
			zip.write(new byte[20 * 1024 * 1024]);
		}
		assertThat(bomb.size()).isLessThan(100 * 1024);

		MvcTestResult refused = uploadRequest(SOURCE, "questionario.xlsx", bomb.toByteArray());

		assertThat(refused).hasStatus(413);
		assertThat(refused).bodyText().contains("una volta decompresso", "Nulla è stato salvato");
		assertThat(count(
				"select count(*) from import_job where source_id in (select id from import_source where name like 'Prova import%')"))
			.isZero();
	}

	@Test
	void theModelFilesDownloadAndOnceFilledImportCleanly() throws IOException {
		MvcTestResult csvModel = this.mvc.get()
			.uri("/admin/pratiche/importa/modello.csv")
			.with(user("admin").roles("ADMIN"))
			.exchange();
		assertThat(csvModel).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		String text = new String(csvModel.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFid_esterno;titolo;tipo_ente;ente;comune;");
		StringBuilder filled = new StringBuilder(text);
		try (CSVParser parser = CSVParser.builder()
			.setReader(new java.io.StringReader(text.substring(1)))
			.setFormat(CSVFormat.DEFAULT.builder().setDelimiter(';').get())
			.get()) {
			CSVRecord header = parser.getRecords().get(0);
			Map<String, String> row = row("CSV-1", "Perugia");
			StringWriter line = new StringWriter();
			try (CSVPrinter printer = new CSVPrinter(line,
					CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
				printer.printRecord(header.stream().map(h -> row.getOrDefault(h, "")).toList());
			}
			filled.append(line);
		}
		long csvJob = upload(SOURCE, "modello-compilato.csv", filled.toString().getBytes(StandardCharsets.UTF_8));
		awaitEnd(csvJob);
		assertThat(page(csvJob).select(".import-ok").text()).contains("Nessun errore nelle 1 righe");

		MvcTestResult xlsxModel = this.mvc.get()
			.uri("/admin/pratiche/importa/modello.xlsx")
			.with(user("admin").roles("ADMIN"))
			.exchange();
		assertThat(xlsxModel).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsxModel.getResponse().getContentAsByteArray()));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			assertThat(workbook.getSheetName(1)).isEqualTo("Istruzioni");
			assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getStringCellValue()).isEqualTo("tipo_ente");
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			for (int i = 0; i < header.getLastCellNum(); i++) {
				// what a municipality types in a column stays text: "054039",
				// "16/03/2020"
				assertThat(sheet.getColumnStyle(i).getDataFormatString()).as(header.getCell(i).getStringCellValue())
					.isEqualTo("@");
				assertThat(sheet.getColumnWidth(i)).isGreaterThanOrEqualTo(20 * 256);
			}
			assertThat(workbook.getSheetAt(1).getColumnWidth(2)).isGreaterThanOrEqualTo(80 * 256);
			Row values = sheet.createRow(1);
			Map<String, String> row = row("XLSX-1", "Perugia");
			for (int i = 0; i < header.getLastCellNum(); i++) {
				values.createCell(i).setCellValue(row.getOrDefault(header.getCell(i).getStringCellValue(), ""));
			}
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		long xlsxJob = upload(SOURCE, "modello-compilato.xlsx", xlsx);
		awaitEnd(xlsxJob);
		assertThat(page(xlsxJob).select(".import-ok").text()).contains("Nessun errore nelle 1 righe");
		importa(xlsxJob, false);
		awaitEnd(xlsxJob);
		assertThat(count("select count(*) from practice where external_id = 'XLSX-1'")).isEqualTo(1);
	}

	@Test
	void aRunningJobsPageShowsItsProgressAndReloadsItselfWithoutScript() {
		long job = upload(SOURCE, "questionario.csv", csv(';', StandardCharsets.UTF_8, goodRows()));
		awaitEnd(job);
		// as the background job records it while it goes through a large file
		this.jdbc
			.sql("update import_job set status = 'CHECKING', total_rows = 5000, processed_rows = 2000 where id = ?")
			.param(job)
			.update();
		Document running = page(job);
		assertThat(running.select("head meta[http-equiv=refresh]").attr("content")).isEqualTo("2");
		assertThat(running.select("progress#import-progress").attr("value")).isEqualTo("40");
		assertThat(running.select("#progress-text").text()).isEqualTo("Verifica delle righe: 2.000 di 5.000.");
		assertThat(running.select("script:not([src])")).isEmpty();
		assertThat(running.select("[style]")).isEmpty();

		this.jdbc.sql("update import_job set status = 'IMPORTING', processed_rows = 7500 where id = ?")
			.param(job)
			.update();
		Document writing = page(job);
		assertThat(writing.select("progress#import-progress").attr("value")).isEqualTo("75");
		assertThat(writing.select("#progress-text").text()).isEqualTo("Scrittura delle schede: 2.500 di 5.000.");

		this.jdbc.sql("update import_job set status = 'CHECKED', total_rows = 3, processed_rows = 3 where id = ?")
			.param(job)
			.update();
		assertThat(page(job).select("head meta[http-equiv=refresh]")).isEmpty();
	}

	// --- helpers

	/** A row that is a valid card, by column. */
	static Map<String, String> row(String id, String comune) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("id_esterno", id);
		row.put("titolo", "Spesa a domicilio per le persone anziane");
		row.put("tipo_ente", "Comune");
		row.put("ente", "Comune di " + comune);
		row.put("comune", comune);
		row.put("tipologia", "NUOVO");
		row.put("aree_servizio", "OS1");
		row.put("aree_utenza", "Anziani");
		row.put("interventi", "CONSEGNE");
		row.put("descrizione", "Volontari della protezione civile consegnano la spesa a chi ha più di 65 anni.");
		row.put("data_avvio", "16/03/2020");
		row.put("beneficiari", "1.200");
		row.put("prosecuzione", "In valutazione");
		row.put("email", "servizi.sociali@comune.example.it");
		row.put("fonte_1_url", "https://www.comune.example.it/notizie/spesa");
		row.put("fonte_1_titolo", "Avviso del Comune");
		row.put("fonte_1_tipo", "ENTE");
		return row;
	}

	static Map<String, String> with(Map<String, String> row, String column, String value) {
		row.put(column, value);
		return row;
	}

	static Map<String, String> with(Map<String, String> row) {
		return row;
	}

	static List<Map<String, String>> goodRows() {
		List<Map<String, String>> rows = new ArrayList<>();
		rows.add(row("Q-1", "Perugia"));
		rows.add(with(row("Q-2", "Castro (LE)"), "aree_utenza", "ELD | Famiglia e minori"));
		rows.add(with(row("Q-3", "Bastia Umbra"), "data_avvio", "2020-04"));
		return rows;
	}

	/** The rows as a CSV file, with the columns of the first row as header. */
	static byte[] csv(char separator, Charset charset, List<Map<String, String>> rows) {
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text,
				CSVFormat.DEFAULT.builder().setDelimiter(separator).setRecordSeparator("\r\n").get())) {
			List<String> headers = new ArrayList<>(rows.get(0).keySet());
			printer.printRecord(headers);
			for (Map<String, String> row : rows) {
				printer.printRecord(headers.stream().map(h -> row.getOrDefault(h, "")).toList());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString().getBytes(charset);
	}

	private MvcTestResult uploadRequest(String source, String filename, byte[] content) {
		return this.mvc.post()
			.uri("/admin/pratiche/importa")
			.multipart()
			.file(new MockMultipartFile("file", filename, "application/octet-stream", content))
			.param("fonte", source)
			.with(user("admin").roles("ADMIN"))
			// upload forms carry the token in the address or a header, never in the
			// multipart body
			.with(csrf().asHeader())
			.exchange();
	}

	private long upload(String source, String filename, byte[] content) {
		MvcTestResult result = uploadRequest(source, filename, content);
		assertThat(result).hasStatus3xxRedirection();
		return jobOf(result);
	}

	private long jobOf(MvcTestResult result) {
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/importa/(\\d+).*", "$1"));
	}

	private MvcTestResult importa(long job, boolean publish) {
		return this.mvc.post()
			.uri("/admin/pratiche/importa/{id}/importa", job)
			.param("pubblica", publish ? "si" : "no")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.exchange();
	}

	/** Waits for the background job to stop running (check or import). */
	private void awaitEnd(long job) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> !List.of("CHECKING", "IMPORTING").contains(status(job)));
	}

	private String status(long job) {
		return this.jdbc.sql("select status from import_job where id = ?").param(job).query(String.class).single();
	}

	private Document page(long job) {
		MvcTestResult result = this.mvc.get()
			.uri("/admin/pratiche/importa/{id}", job)
			.with(user("admin").roles("ADMIN"))
			.exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private long source() {
		return this.jdbc.sql("select id from import_source where name = ?").param(SOURCE).query(Long.class).single();
	}

	private String slugOf(String externalId) {
		return this.jdbc.sql("select slug from practice where external_id = ? and import_source_id = ?")
			.params(externalId, source())
			.query(String.class)
			.single();
	}

	private long importedCards() {
		return count(
				"select count(*) from practice where import_source_id in (select id from import_source where name like 'Prova import%')");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
