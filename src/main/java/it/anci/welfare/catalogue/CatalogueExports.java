package it.anci.welfare.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.TerritoryService;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every card matching a catalogue query, as CSV, XLSX and ODS for spreadsheets or as JSON. */
@Service
@Transactional(readOnly = true)
public class CatalogueExports {

	/** Every column of the exports, in order: its CSV/spreadsheet header, its JSON key and its value. */
	private record Column(String header, String key, BiFunction<PracticeDetails, String, Object> value) {

		static Column of(String header, String key, Function<PracticeDetails, Object> value) {
			return new Column(header, key, (card, baseUrl) -> value.apply(card));
		}

	}

	/** The field list is stable and documented in the README and on the open data page; new fields go at the end. */
	private static final List<Column> COLUMNS = List.of(Column.of("slug", "slug", PracticeDetails::slug),
			new Column("url", "url", (d, baseUrl) -> baseUrl + "/pratiche/" + d.slug()),
			Column.of("titolo", "title", PracticeDetails::title),
			Column.of("provenienza", "provenance", d -> d.card().provenance().label()),
			Column.of("tipo_ente", "providerType", d -> d.card().provider().type().label()),
			Column.of("ente", "providerName", d -> d.card().provider().name()),
			Column.of("codice_istat", "comuneIstatCode", d -> d.comune().istatCode()),
			Column.of("comune", "comune", d -> d.comune().name()),
			Column.of("provincia", "province", d -> d.comune().province().name()),
			Column.of("sigla_provincia", "provinceCode", d -> d.comune().province().carPlate()),
			Column.of("regione", "region", d -> d.comune().region().name()),
			Column.of("dimensione_comune", "sizeClass", d -> d.comune().sizeClass().label()),
			Column.of("tipologia", "classification", d -> d.terms().kind().name()),
			Column.of("aree_servizio", "serviceAreas", d -> names(d.terms().serviceAreas())),
			Column.of("aree_utenza", "targetGroups", d -> names(d.terms().targetGroups())),
			Column.of("interventi", "interventions", d -> names(d.terms().interventions())),
			Column.of("canali_comunicazione", "channels", d -> names(d.terms().channels())),
			Column.of("note_canali", "channelsNote", d -> d.card().service().channelsNote()),
			Column.of("strumenti", "tools", d -> names(d.terms().tools())),
			Column.of("note_strumenti", "toolsNote", d -> d.card().service().toolsNote()),
			Column.of("finanziamento", "funding", d -> names(d.terms().funding())),
			Column.of("descrizione", "description", d -> d.card().service().description()),
			Column.of("dati_quantitativi", "keyFigures", d -> d.card().service().keyFigures()),
			Column.of("partner_e_reti", "partners", d -> d.card().service().partners()),
			Column.of("operatori_coinvolti", "operatorsCount", d -> d.card().service().operatorsCount()),
			Column.of("tecnologie", "technologies", d -> d.card().service().technologies()),
			Column.of("data_avvio", "startDate", d -> d.card().start()),
			Column.of("riferimento_data_avvio", "startBasis",
					d -> d.card().start().basis() == StartBasis.AVVIO ? "avvio" : "fonte"),
			Column.of("beneficiari", "beneficiaries", d -> d.card().service().beneficiaries()),
			Column.of("riscontri_operatori", "operatorsFeedback", d -> d.card().feedback().operators()),
			Column.of("riscontri_cittadinanza", "citizensFeedback", d -> d.card().feedback().citizens()),
			Column.of("portata_innovativa", "innovation", d -> d.card().feedback().innovation()),
			Column.of("prosecuzione", "continuation", d -> d.card().continuation().answer().label()),
			Column.of("nota_prosecuzione", "continuationNote", d -> d.card().continuation().note()),
			Column.of("ufficio", "contactOffice", d -> d.card().contact().office()),
			Column.of("email", "contactEmail", d -> d.card().contact().email()),
			Column.of("telefono", "contactPhone", d -> d.card().contact().phone()),
			Column.of("pagina_web", "contactUrl", d -> d.card().contact().url()),
			Column.of("fonti", "sources", d -> d.card().sources()));

	static final String[] CSV_HEADER = COLUMNS.stream().map(Column::header).toArray(String[]::new);

	private static final String LIST_SEPARATOR = " | ";

	private static final int CHUNK = 1000;

	private final PracticeRepository practices;

	private final EntityManager entityManager;

	private final CatalogueSearch search;

	private final TaxonomyService taxonomyService;

	private final TerritoryService territory;

	CatalogueExports(PracticeRepository practices, EntityManager entityManager, CatalogueSearch search,
			TaxonomyService taxonomyService, TerritoryService territory) {
		this.practices = practices;
		this.entityManager = entityManager;
		this.search = search;
		this.taxonomyService = taxonomyService;
		this.territory = territory;
	}

	/** All matching cards, in the query's order, in memory: for small results and tests. */
	public List<PracticeDetails> export(CatalogueQuery query) {
		List<PracticeDetails> cards = new ArrayList<>();
		forEach(query, cards::add);
		return cards;
	}

	/**
	 * Hands every matching card to {@code consumer} in the query's order, reading {@value #CHUNK} cards at a time and
	 * forgetting them after: the whole catalogue at 100,000 cards took 3 GB of heap when read at once.
	 */
	private void forEach(CatalogueQuery query, Consumer<PracticeDetails> consumer) {
		List<Long> ids = this.search.allIds(query);
		Taxonomy t = this.taxonomyService.taxonomy();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			Map<Long, Practice> byId = this.practices.findWithSources(chunk)
				.stream()
				.collect(Collectors.toMap(p -> p.id, Function.identity()));
			Map<String, Comune> comuni = this.territory
				.comuni(byId.values().stream().map(p -> p.comuneCode).collect(Collectors.toSet()));
			chunk.stream()
				.map(byId::get)
				.filter(Objects::nonNull)
				.forEach(p -> consumer.accept(PracticeDetails.of(p, comuni.get(p.comuneCode), t)));
			this.entityManager.clear();
		}
	}

	/** A JSON object per card, with the documented keys; lists stay arrays and counts numbers. */
	public void writeJson(CatalogueQuery query, String baseUrl, Consumer<Map<String, Object>> out) {
		forEach(query, card -> {
			Map<String, Object> object = new LinkedHashMap<>();
			COLUMNS.forEach(c -> object.put(c.key(), c.value().apply(card, baseUrl)));
			out.accept(object);
		});
	}

	/** Semicolon-separated CSV with a BOM, as Italian spreadsheet users open it; formulas are neutralised. */
	public void writeCsv(CatalogueQuery query, String baseUrl, Writer out) throws IOException {
		out.write('\uFEFF');
		// not closed here: the caller owns the writer (the HTTP response)
		CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(CSV_HEADER).setRecordSeparator("\r\n").get());
		try {
			forEach(query, p -> {
				try {
					csv.printRecord(values(p, baseUrl).stream().map(CatalogueExports::cell).toList());
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
			forEach(query, p -> {
				Row row = sheet.createRow(next[0]++);
				List<Object> values = values(p, baseUrl);
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
			forEach(query, p -> sheet.row(values(p, baseUrl)));
		}
	}

	/**
	 * One card's values in the order of {@link #CSV_HEADER}, for the spreadsheet formats: counts stay numbers, lists
	 * become one text.
	 */
	private static List<Object> values(PracticeDetails card, String baseUrl) {
		return COLUMNS.stream().map(c -> flat(c.value().apply(card, baseUrl))).toList();
	}

	private static Object flat(Object value) {
		if (value instanceof List<?> list) {
			return String.join(LIST_SEPARATOR, list.stream().map(CatalogueExports::text).toList());
		}
		return value;
	}

	private static String text(Object item) {
		return item instanceof PracticeCard.Source s
				? s.title() + " (" + s.kind().label().toLowerCase(Locale.ROOT) + ") " + s.url() : String.valueOf(item);
	}

	private static List<String> names(List<TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::name).toList();
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
