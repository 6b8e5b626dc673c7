package it.anci.welfare.catalogue;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The columns of every export of the cards (CSV, XLSX, ODS, JSON), written once. */
final class ExportColumns {

	private ExportColumns() {
	}

	/**
	 * Every column of the exports, in order: its CSV/spreadsheet header, its JSON key and
	 * its value.
	 */
	record Column(String header, String key, BiFunction<PracticeDetails, String, Object> value) {

		static Column of(String header, String key, Function<PracticeDetails, Object> value) {
			return new Column(header, key, (card, baseUrl) -> value.apply(card));
		}

	}

	/**
	 * The field list is stable and documented in the README and on the open data page;
	 * new fields go at the end.
	 */
	static final List<Column> ALL = List.of(Column.of("slug", "slug", PracticeDetails::slug),
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
			Column.of("fonti", "sources", d -> d.card().sources()),
			Column.of("stato_attuale", "currentState", d -> d.currentState().map(f -> f.state().label()).orElse(null)),
			Column.of("ultimo_aggiornamento", "lastUpdate",
					d -> d.currentState().map(f -> f.day() + " – " + f.note()).orElse(null)));

	private static List<String> names(List<TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::name).toList();
	}

}
