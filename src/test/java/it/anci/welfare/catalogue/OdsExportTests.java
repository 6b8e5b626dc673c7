package it.anci.welfare.catalogue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import it.anci.welfare.support.DocumentValidators;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenDocument export of a search (issue 15): valid ODF, every card, codes as text,
 * counts as numbers.
 */
@PortalTest
class OdsExportTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOdsOfASearchIsValidAndKeepsCodesAsText(@TempDir Path folder) throws Exception {
		HttpResponse<byte[]> response = Http.download(this.port, "/pratiche.ods?regione=umbria");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValue("application/vnd.oasis.opendocument.spreadsheet");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains("pratiche-umbria-").contains(".ods"));
		Path file = Files.write(folder.resolve("pratiche-umbria.ods"), response.body());
		DocumentValidators.OdfReport report = DocumentValidators.odfValidator(List.of(file));
		assertThat(report.text()).doesNotContain("Error:", "Warning:", "Fatal:")
			.contains(file + ":  Info: no errors, no warnings");
		assertThat(report.exitCode()).isZero();

		long cards = this.jdbc.sql("select count(*) from practice where region_code = '10' and status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		try (OdfSpreadsheetDocument document = OdfSpreadsheetDocument.loadDocument(file.toFile())) {
			OdfTable sheet = document.getTableByName("Pratiche");
			assertThat(sheet.getRowCount()).isEqualTo(cards + 1);
			assertThat(sheet.getCellByPosition(6, 0).getStringValue()).isEqualTo("codice_istat");
			assertThat(sheet.getCellByPosition(6, 1).getValueType()).isEqualTo("string");
			assertThat(sheet.getCellByPosition(6, 1).getStringValue()).startsWith("05").hasSize(6);
			String firstSlug = sheet.getCellByPosition(0, 1).getStringValue();
			String title = this.jdbc.sql("select title from practice where slug = ?")
				.param(firstSlug)
				.query(String.class)
				.single();
			assertThat(sheet.getCellByPosition(2, 1).getStringValue()).isEqualTo(title);
		}
	}

}
