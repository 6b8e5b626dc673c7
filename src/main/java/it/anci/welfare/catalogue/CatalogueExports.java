package it.anci.welfare.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import it.anci.welfare.territory.SizeClass;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every card matching a catalogue query, as CSV, XLSX and ODS for spreadsheets or as JSON. */
@Service
@Transactional(readOnly = true)
public class CatalogueExports {

	static final String[] CSV_HEADER = { "slug", "url", "titolo", "provenienza", "tipo_ente", "ente", "codice_istat",
			"comune", "provincia", "sigla_provincia", "regione", "dimensione_comune", "tipologia", "aree_servizio",
			"aree_utenza", "interventi", "canali_comunicazione", "note_canali", "strumenti", "note_strumenti",
			"finanziamento", "descrizione", "dati_quantitativi", "partner_e_reti", "operatori_coinvolti", "tecnologie",
			"data_avvio", "riferimento_data_avvio", "beneficiari", "riscontri_operatori", "riscontri_cittadinanza", "portata_innovativa", "prosecuzione",
			"nota_prosecuzione", "ufficio", "email", "telefono", "pagina_web", "fonti" };

	private static final String LIST_SEPARATOR = " | ";

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final CatalogueSearch search;

	private final TaxonomyService taxonomyService;

	CatalogueExports(JdbcClient jdbc, CatalogueSearch search, TaxonomyService taxonomyService) {
		this.jdbc = jdbc;
		this.search = search;
		this.taxonomyService = taxonomyService;
	}

	/** All matching cards, in the query's order, in memory: for small results and tests. */
	public List<PracticeExport> export(CatalogueQuery query, String baseUrl) {
		List<PracticeExport> rows = new ArrayList<>();
		forEach(query, baseUrl, rows::add);
		return rows;
	}

	/**
	 * Hands every matching card to {@code consumer} in the query's order, reading {@value #CHUNK} cards at a time:
	 * the whole catalogue at 100,000 cards took 3 GB of heap when read at once. {@code baseUrl} makes links absolute.
	 */
	public void forEach(CatalogueQuery query, String baseUrl, Consumer<PracticeExport> consumer) {
		List<Long> ids = this.search.allIds(query);
		Taxonomy t = this.taxonomyService.taxonomy();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			this.jdbc.sql("""
					select p.*, c.name as comune_name, pr.name as province_name, pr.car_plate, r.name as region_name,
					       (select array_agg(s.kind || chr(9) || s.title || chr(9) || s.url order by s.position)
					        from practice_source s
					        where s.practice_id = p.id) as sources_text
					from %s
					join practice p on p.id = wanted.id join comune c on c.istat_code = p.comune_code
					join province pr on pr.code = p.province_code join region r on r.code = p.region_code
					order by wanted.position""".formatted(CatalogueSearch.IDS_IN_ORDER))
				.param("ids", CatalogueSearch.idList(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
				.query(rs -> {
					consumer.accept(row(rs, t, baseUrl));
				});
		}
	}

	private static PracticeExport row(ResultSet rs, Taxonomy t, String baseUrl) throws SQLException {
		String slug = rs.getString("slug");
		StartDate start = new StartDate(rs.getDate("start_date").toLocalDate(),
				DatePrecision.valueOf(rs.getString("start_precision")), StartBasis.valueOf(rs.getString("start_basis")));
		return new PracticeExport(slug, baseUrl + "/pratiche/" + slug, rs.getString("title"),
				Provenance.valueOf(rs.getString("provenance")).label(),
				ProviderType.valueOf(rs.getString("provider_type")).label(), rs.getString("provider_name"),
				rs.getString("comune_code"), rs.getString("comune_name"), rs.getString("province_name"),
				rs.getString("car_plate"), rs.getString("region_name"),
				SizeClass.fromCode(rs.getString("size_class")).map(SizeClass::label).orElse(rs.getString("size_class")),
				t.name(t.classifications(), rs.getString("classification")),
				t.names(t.serviceAreas(), codes(rs.getArray("service_areas"))),
				t.names(t.targetGroups(), codes(rs.getArray("target_groups"))),
				t.names(t.interventionKinds(), codes(rs.getArray("interventions"))),
				t.names(t.channels(), codes(rs.getArray("channels"))), rs.getString("channels_note"),
				t.names(t.tools(), codes(rs.getArray("tools"))), rs.getString("tools_note"),
				t.names(t.fundingSources(), codes(rs.getArray("funding"))), rs.getString("description"),
				rs.getString("key_figures"), rs.getString("partners"), (Integer) rs.getObject("operators_count"),
				rs.getString("technologies"), start, start.basis() == StartBasis.AVVIO ? "avvio" : "fonte",
				(Integer) rs.getObject("beneficiaries"),
				rs.getString("operators_feedback"), rs.getString("citizens_feedback"), rs.getString("innovation"),
				Continuation.valueOf(rs.getString("continuation")).label(), rs.getString("continuation_note"),
				rs.getString("contact_office"), rs.getString("contact_email"), rs.getString("contact_phone"),
				rs.getString("contact_url"), sources(rs.getArray("sources_text")));
	}

	private static List<PracticeDetails.Source> sources(Array array) throws SQLException {
		List<PracticeDetails.Source> sources = new ArrayList<>();
		for (String entry : codes(array)) {
			String[] parts = entry.split("\t", 3);
			sources.add(new PracticeDetails.Source(parts[1], SourceKind.valueOf(parts[0]), parts[2]));
		}
		return sources;
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/** Semicolon-separated CSV with a BOM, as Italian spreadsheet users open it; formulas are neutralised. */
	public void writeCsv(CatalogueQuery query, String baseUrl, Writer out) throws IOException {
		out.write('\uFEFF');
		// not closed here: the caller owns the writer (the HTTP response)
		CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(CSV_HEADER).setRecordSeparator("\r\n").get());
		try {
			forEach(query, baseUrl, p -> {
				try {
					printCsv(csv, p);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
	}

	/**
	 * An Excel workbook (XLSX) streamed 100 rows at a time (POI SXSSF), so that the whole catalogue fits in a small
	 * heap. Every value is a text cell except the two counts: an ISTAT code keeps its leading zero ("054039") and
	 * nothing is ever read as a formula.
	 */
	public void writeXlsx(CatalogueQuery query, String baseUrl, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet("Pratiche");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < CSV_HEADER.length; i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(CSV_HEADER[i]);
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			forEach(query, baseUrl, p -> {
				Row row = sheet.createRow(next[0]++);
				List<Object> values = values(p);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof Integer number) {
						row.createCell(i).setCellValue(number);
					}
					else if (value != null) {
						row.createCell(i).setCellValue(value.toString());
					}
				}
			});
			workbook.write(out);
			workbook.dispose();
		}
	}

	/** An OpenDocument spreadsheet (ODS) streamed row by row, with the same columns and cell types as the XLSX. */
	public void writeOds(CatalogueQuery query, String baseUrl, OutputStream out) throws IOException {
		try (OdsSheet sheet = new OdsSheet(out, "Pratiche", Arrays.asList(CSV_HEADER))) {
			forEach(query, baseUrl, p -> sheet.row(values(p)));
		}
	}

	private static void printCsv(CSVPrinter csv, PracticeExport p) throws IOException {
		csv.printRecord(values(p).stream().map(CatalogueExports::cell).toList());
	}

	/** One card's values in the order of {@link #CSV_HEADER}, for every format. */
	private static List<Object> values(PracticeExport p) {
		return Arrays.asList(new Object[] { p.slug(), p.url(), p.title(), p.provenance(), p.providerType(),
				p.providerName(), p.comuneIstatCode(), p.comune(), p.province(), p.provinceCode(), p.region(),
				p.sizeClass(), p.classification(), join(p.serviceAreas()), join(p.targetGroups()),
				join(p.interventions()), join(p.channels()), p.channelsNote(), join(p.tools()), p.toolsNote(),
				join(p.funding()), p.description(), p.keyFigures(), p.partners(), p.operatorsCount(), p.technologies(),
				p.startDate(), p.startBasis(), p.beneficiaries(), p.operatorsFeedback(), p.citizensFeedback(), p.innovation(),
				p.continuation(), p.continuationNote(), p.contactOffice(), p.contactEmail(), p.contactPhone(),
				p.contactUrl(),
				join(p.sources().stream().map(s -> s.title() + " (" + s.kind().label().toLowerCase(Locale.ROOT) + ") " + s.url()).toList()) });
	}

	private static String join(List<String> values) {
		return String.join(LIST_SEPARATOR, values);
	}

	/** A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
