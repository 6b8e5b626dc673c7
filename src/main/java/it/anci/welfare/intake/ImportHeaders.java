package it.anci.welfare.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file's headers and the portal's columns: where each column is, the headers a source
 * has yet to map, the required columns a file lacks, and the card field each column
 * fills.
 */
final class ImportHeaders {

	static final List<ImportColumn[]> SOURCES = List.of(
			new ImportColumn[] { ImportColumn.FONTE_1_URL, ImportColumn.FONTE_1_TITOLO, ImportColumn.FONTE_1_TIPO },
			new ImportColumn[] { ImportColumn.FONTE_2_URL, ImportColumn.FONTE_2_TITOLO, ImportColumn.FONTE_2_TIPO },
			new ImportColumn[] { ImportColumn.FONTE_3_URL, ImportColumn.FONTE_3_TITOLO, ImportColumn.FONTE_3_TIPO });

	/** The card's form fields and the column each comes from. */
	static final Map<String, ImportColumn> FIELDS = new HashMap<>();

	static {
		FIELDS.put("title", ImportColumn.TITOLO);
		FIELDS.put("provider.type", ImportColumn.TIPO_ENTE);
		FIELDS.put("provider.name", ImportColumn.ENTE);
		FIELDS.put("comune", ImportColumn.COMUNE);
		FIELDS.put("classification.kind", ImportColumn.TIPOLOGIA);
		FIELDS.put("classification.serviceAreas", ImportColumn.AREE_SERVIZIO);
		FIELDS.put("classification.targetGroups", ImportColumn.AREE_UTENZA);
		FIELDS.put("classification.interventions", ImportColumn.INTERVENTI);
		FIELDS.put("service.description", ImportColumn.DESCRIZIONE);
		FIELDS.put("service.keyFigures", ImportColumn.DATI_QUANTITATIVI);
		FIELDS.put("service.beneficiaries", ImportColumn.BENEFICIARI);
		FIELDS.put("service.operatorsCount", ImportColumn.OPERATORI);
		FIELDS.put("service.partners", ImportColumn.PARTNER);
		FIELDS.put("service.technologies", ImportColumn.TECNOLOGIE);
		FIELDS.put("service.funding", ImportColumn.FINANZIAMENTO);
		FIELDS.put("service.channels", ImportColumn.CANALI);
		FIELDS.put("service.channelsNote", ImportColumn.NOTE_CANALI);
		FIELDS.put("service.tools", ImportColumn.STRUMENTI);
		FIELDS.put("service.toolsNote", ImportColumn.NOTE_STRUMENTI);
		FIELDS.put("startDate", ImportColumn.DATA_AVVIO);
		FIELDS.put("startBasis", ImportColumn.RIFERIMENTO_DATA);
		FIELDS.put("feedback.operators", ImportColumn.RISCONTRI_OPERATORI);
		FIELDS.put("feedback.citizens", ImportColumn.RISCONTRI_CITTADINANZA);
		FIELDS.put("feedback.innovation", ImportColumn.INNOVAZIONE);
		FIELDS.put("continuation.answer", ImportColumn.PROSECUZIONE);
		FIELDS.put("continuation.note", ImportColumn.NOTA_PROSECUZIONE);
		FIELDS.put("contact.office", ImportColumn.UFFICIO);
		FIELDS.put("contact.email", ImportColumn.EMAIL);
		FIELDS.put("contact.phone", ImportColumn.TELEFONO);
		FIELDS.put("contact.url", ImportColumn.PAGINA_WEB);
		for (int i = 0; i < SOURCES.size(); i++) {
			FIELDS.put("sources[" + i + "].url", SOURCES.get(i)[0]);
			FIELDS.put("sources[" + i + "].title", SOURCES.get(i)[1]);
			FIELDS.put("sources[" + i + "].kind", SOURCES.get(i)[2]);
		}
	}

	private ImportHeaders() {
	}

	/**
	 * Where each portal column is in a file, once its headers went through the source's
	 * mapping ({@code normalised header → column header}, empty: ignored).
	 */
	static Map<ImportColumn, Integer> positions(List<String> headers, Map<String, String> mapping) {
		Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
		for (int i = 0; i < headers.size(); i++) {
			String normalised = ImportColumn.normalise(headers.get(i));
			Optional<ImportColumn> column = ImportColumn.ofHeader(normalised);
			if (column.isEmpty() && mapping.containsKey(normalised)) {
				column = ImportColumn.ofHeader(mapping.get(normalised));
			}
			if (column.isPresent() && !positions.containsKey(column.get())) {
				positions.put(column.get(), i);
			}
		}
		return positions;
	}

	/**
	 * The headers that are not portal columns and that the source's mapping does not
	 * know.
	 */
	static List<String> unknownHeaders(List<String> headers, Map<String, String> mapping) {
		return headers.stream()
			.filter(h -> !ImportColumn.normalise(h).isEmpty())
			.filter(h -> ImportColumn.ofHeader(h).isEmpty() && !mapping.containsKey(ImportColumn.normalise(h)))
			.distinct()
			.toList();
	}

	/** The required columns a file lacks, as line-1 errors. */
	static List<RowError> missingColumns(Map<ImportColumn, Integer> positions) {
		List<RowError> errors = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !positions.containsKey(column)) {
				errors.add(RowError.of(1, column.header(), "import.error.missingColumn", column.header()));
			}
		}
		return errors;
	}

}
