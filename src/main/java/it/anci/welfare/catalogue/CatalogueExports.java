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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.anci.welfare.catalogue.search.CatalogueSearch;
import it.anci.welfare.catalogue.taxonomy.TaxonomyService;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.TerritoryService;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every card matching a catalogue query, as CSV, XLSX and ODS for spreadsheets or as
 * JSON.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueExports {

	/** A column of the exports: its CSV header and its JSON key. */
	public record Field(String header, String key) {
	}

	/** The columns of every export, in order (the open data page explains each). */
	public static List<Field> fields() {
		return ExportColumns.ALL.stream().map(c -> new Field(c.header(), c.key())).toList();
	}

	static final String[] CSV_HEADER = ExportColumns.ALL.stream()
		.map(ExportColumns.Column::header)
		.toArray(String[]::new);

	private static final String LIST_SEPARATOR = " | ";

	private static final int CHUNK = 1000;

	private final PracticeRepository practices;

	private final EntityManager entityManager;

	private final CatalogueSearch search;

	private final TaxonomyService taxonomyService;

	private final TerritoryService territory;

	private final PracticeUpdates updates;

	CatalogueExports(PracticeRepository practices, EntityManager entityManager, CatalogueSearch search,
			TaxonomyService taxonomyService, TerritoryService territory, PracticeUpdates updates) {
		this.updates = updates;
		this.practices = practices;
		this.entityManager = entityManager;
		this.search = search;
		this.taxonomyService = taxonomyService;
		this.territory = territory;
	}

	/**
	 * All matching cards, in the query's order, in memory: for small results and tests.
	 */
	public List<PracticeDetails> export(CatalogueQuery query) {
		List<PracticeDetails> cards = new ArrayList<>();
		forEach(query, cards::add);
		return cards;
	}

	/**
	 * Hands every matching card to {@code consumer} in the query's order, reading
	 * {@value #CHUNK} cards at a time and forgetting them after: the whole catalogue at
	 * 100,000 cards took 3 GB of heap when read at once.
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
			Map<Long, FollowUp> latest = this.updates.latest(chunk);
			chunk.stream()
				.map(byId::get)
				.filter(Objects::nonNull)
				.forEach(p -> consumer.accept(PracticeDetails.of(p, comuni.get(p.comuneCode), t,
						latest.containsKey(p.id) ? List.of(latest.get(p.id)) : List.of())));
			this.entityManager.clear();
		}
	}

	/**
	 * A JSON object per card, with the documented keys; lists stay arrays and counts
	 * numbers.
	 */
	public void writeJson(CatalogueQuery query, String baseUrl, Consumer<Map<String, Object>> out) {
		forEach(query, card -> {
			Map<String, Object> object = new LinkedHashMap<>();
			ExportColumns.ALL.forEach(c -> object.put(c.key(), c.value().apply(card, baseUrl)));
			out.accept(object);
		});
	}

	/**
	 * Semicolon-separated CSV with a BOM, as Italian spreadsheet users open it; formulas
	 * are neutralised.
	 */
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
	 * An Excel workbook (XLSX) streamed row by row, with the same columns and cell types
	 * as the ODS.
	 */
	public void writeXlsx(CatalogueQuery query, String baseUrl, OutputStream out) throws IOException {
		try (XlsxSheet sheet = new XlsxSheet(out, "Pratiche", Arrays.asList(CSV_HEADER))) {
			forEach(query, p -> sheet.row(values(p, baseUrl)));
		}
	}

	/**
	 * An OpenDocument spreadsheet (ODS) streamed row by row, with the same columns and
	 * cell types as the XLSX.
	 */
	public void writeOds(CatalogueQuery query, String baseUrl, OutputStream out) throws IOException {
		try (OdsSheet sheet = new OdsSheet(out, "Pratiche", Arrays.asList(CSV_HEADER))) {
			forEach(query, p -> sheet.row(values(p, baseUrl)));
		}
	}

	/**
	 * One card's values in the order of {@link #CSV_HEADER}, for the spreadsheet formats:
	 * counts stay numbers, lists become one text.
	 */
	private static List<Object> values(PracticeDetails card, String baseUrl) {
		return ExportColumns.ALL.stream().map(c -> flat(c.value().apply(card, baseUrl))).toList();
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

	/**
	 * A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV
	 * injection).
	 */
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
