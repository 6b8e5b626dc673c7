package it.anci.welfare.catalogue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import it.anci.welfare.doctemplates.TaggedPdf;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A comparison as a spreadsheet (CSV, one column per card) and as an accessible PDF
 * (PDF/UA, field after field).
 */
public final class ComparisonDocuments {

	private ComparisonDocuments() {
	}

	/** Semicolon-separated with a BOM, as the catalogue's CSV; formulas neutralised. */
	public static String csv(Comparison comparison, String baseUrl) {
		StringWriter out = new StringWriter().append('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
			List<String> header = new ArrayList<>(List.of("Campo"));
			header.addAll(comparison.titles());
			csv.printRecord(header.stream().map(CatalogueExports::cell).toList());
			List<String> addresses = new ArrayList<>(List.of("Indirizzo della scheda"));
			comparison.practices().forEach(p -> addresses.add(baseUrl + "/pratiche/" + p.slug()));
			csv.printRecord(addresses);
			for (Comparison.Row row : comparison.rows()) {
				List<String> record = new ArrayList<>(List.of(row.label()));
				record.addAll(row.values());
				csv.printRecord(record.stream().map(CatalogueExports::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Each field as a heading with the cards' values under it, so that it reads well on
	 * paper and aloud.
	 */
	public static byte[] pdf(Comparison comparison, String baseUrl, String date) {
		try (TaggedPdf pdf = new TaggedPdf("Confronto tra pratiche – Portale Welfare dei Comuni")) {
			pdf.heading(1, "Confronto tra pratiche");
			pdf.paragraph("Portale Welfare dei Comuni, " + date + ". Schede confrontate:");
			for (int i = 0; i < comparison.practices().size(); i++) {
				PracticeDetails p = comparison.practices().get(i);
				pdf.item(comparison.labels().get(i) + ": ", p.title() + " – " + baseUrl + "/pratiche/" + p.slug());
			}
			for (Comparison.Row row : comparison.rows()) {
				pdf.heading(2, row.label());
				for (int i = 0; i < row.values().size(); i++) {
					pdf.item(comparison.labels().get(i) + ": ", row.values().get(i));
				}
			}
			return pdf.save();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
