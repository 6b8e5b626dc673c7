package it.anci.welfare.statistics;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import it.anci.welfare.catalogue.CatalogueFilter;
import it.anci.welfare.catalogue.CataloguePage;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.Facet;
import it.anci.welfare.catalogue.FilterOption;
import it.anci.welfare.catalogue.MapRegion;
import it.anci.welfare.catalogue.StartMonths;
import it.anci.welfare.doctemplates.TemplateFiles;
import it.anci.welfare.intake.ProposalState;
import it.anci.welfare.intake.Moderation;

import org.springframework.stereotype.Service;

/**
 * The charts of the statistics page for a catalogue search. A chart of a filter counts,
 * for each value, the cards that match the other chosen filters and that value: exactly
 * what the search its bar links to finds, and the count shown beside that value on the
 * catalogue page (both come from the catalogue's facet index, built from the database).
 * The start months are counted in SQL on the matching cards.
 */
@Service
public class StatisticsService {

	/**
	 * A dimension of the catalogue drawn as a chart; {@code ranked} charts put the
	 * largest bar first.
	 */
	record Dimension(String id, CatalogueFilter filter, String title, String valueHeading, boolean ranked,
			String note) {
	}

	static final String SEVERAL = "Una pratica può avere più valori: la somma delle barre può superare il numero delle pratiche.";

	static final List<Dimension> DIMENSIONS = List.of(
			new Dimension("regioni", CatalogueFilter.REGIONE, "Pratiche per regione", "Regione", true, null),
			new Dimension("tipologia", CatalogueFilter.TIPO, "Pratiche per tipologia di servizio", "Tipologia", false,
					null),
			new Dimension("aree", CatalogueFilter.AREA, "Pratiche per area di servizio", "Area di servizio", true,
					SEVERAL),
			new Dimension("utenza", CatalogueFilter.UTENZA, "Pratiche per area di utenza", "Area di utenza", true,
					SEVERAL),
			new Dimension("interventi", CatalogueFilter.INTERVENTO, "Pratiche per tipo di intervento",
					"Tipo di intervento", true, SEVERAL),
			new Dimension("prosecuzione", CatalogueFilter.PROSEGUE, "Prosecuzione dopo l'emergenza", "Prosecuzione",
					false, null),
			new Dimension("stato-attuale", CatalogueFilter.STATO, "Stato attuale secondo gli aggiornamenti",
					"Stato attuale", false,
					"L'ultimo aggiornamento di ogni scheda; «Nessun aggiornamento» quando le fonti non dicono che cosa è successo dopo."),
			new Dimension("dimensione", CatalogueFilter.DIMENSIONE, "Pratiche per dimensione del Comune",
					"Dimensione del Comune", false, null));

	static final String TIMELINE = "avvio";

	static final String DOWNLOADS = "download-modelli";

	static final String PROPOSALS = "proposte";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ITALIAN);

	/** Everything the page shows for one search. */
	public record Statistics(CatalogueQuery query, long total, List<Chart> charts, List<MapRegion> map) {

		public Optional<Chart> chart(String id) {
			return this.charts.stream().filter(c -> c.id().equals(id)).findFirst();
		}

		/** The search of a region of the map: the one its bar leads to. */
		public String regionUrl(String name) {
			return chart("regioni").orElseThrow()
				.bars()
				.stream()
				.filter(b -> b.label().equals(name))
				.findFirst()
				.map(Chart.Bar::url)
				.orElse(null);
		}

	}

	private final CatalogueService catalogue;

	private final StartMonths startMonths;

	private final TemplateFiles templateFiles;

	private final Moderation proposals;

	StatisticsService(CatalogueService catalogue, StartMonths startMonths, TemplateFiles templateFiles,
			Moderation proposals) {
		this.proposals = proposals;
		this.catalogue = catalogue;
		this.startMonths = startMonths;
		this.templateFiles = templateFiles;
	}

	public Statistics of(CatalogueQuery requested) {
		CatalogueQuery query = requested.onPage(1);
		CataloguePage page = this.catalogue.search(query);
		List<Chart> charts = new ArrayList<>();
		for (Dimension dimension : DIMENSIONS) {
			long considered = page.totalWithout().getOrDefault(dimension.filter(), page.total());
			charts.add(chart(dimension, page.facet(dimension.filter()), query, considered));
		}
		charts.add(timeline(this.startMonths.of(query)));
		charts.add(downloads(this.templateFiles.downloadsByMonth()));
		charts.add(proposals(this.proposals.counts()));
		return new Statistics(query, page.total(), charts, page.map());
	}

	private static Chart chart(Dimension dimension, Facet facet, CatalogueQuery query, long considered) {
		List<Facet.Value> values = new ArrayList<>(facet.values());
		if (dimension.ranked()) {
			values.sort(Comparator.comparingLong((Facet.Value v) -> -v.count())
				.thenComparing(v -> v.option().label(), String.CASE_INSENSITIVE_ORDER));
		}
		long max = values.stream().mapToLong(Facet.Value::count).max().orElse(0);
		List<Chart.Bar> bars = new ArrayList<>();
		for (Facet.Value v : values) {
			bars.add(new Chart.Bar(v.option().label(), v.option().value(), v.count(),
					only(query, dimension.filter(), v.option()).url(), v.selected(), bars.size(), max));
		}
		return new Chart(dimension.id(), dimension.title(), dimension.valueHeading(),
				summary(dimension.valueHeading(), bars, considered), dimension.note(), bars);
	}

	/** The same search with this filter set to one value: the cards a bar counts. */
	static CatalogueQuery only(CatalogueQuery query, CatalogueFilter filter, FilterOption option) {
		Map<CatalogueFilter, List<FilterOption>> selected = new LinkedHashMap<>(query.selected());
		selected.put(filter, List.of(option));
		return new CatalogueQuery(query.text(), selected, query.sort(), query.sortChosen(), 1, List.of());
	}

	/** "Regione più frequente: «Umbria», 45 pratiche su 227; segue «Lazio» con 20." */
	static String summary(String heading, List<Chart.Bar> bars, long considered) {
		List<Chart.Bar> byCount = bars.stream()
			.filter(b -> b.count() > 0)
			.sorted(Comparator.comparingLong((Chart.Bar b) -> -b.count()))
			.toList();
		if (byCount.isEmpty()) {
			return "Nessuna pratica corrisponde agli altri filtri scelti.";
		}
		Chart.Bar first = byCount.get(0);
		String sentence = heading + " più frequente: «" + first.label() + "», " + cards(first.count()) + " su "
				+ considered;
		if (byCount.size() > 1) {
			Chart.Bar second = byCount.get(1);
			sentence += "; segue «" + second.label() + "» con " + second.count();
		}
		return sentence + ".";
	}

	static Chart timeline(StartMonths.Timeline timeline) {
		long max = timeline.months().values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<Chart.Bar> bars = new ArrayList<>();
		timeline.months()
			.forEach((month, count) -> bars
				.add(new Chart.Bar(MONTH.format(month), month.toString(), count, null, false, bars.size(), max)));
		String summary;
		if (bars.isEmpty()) {
			summary = timeline.yearOnly() == 0 ? "Nessuna pratica corrisponde ai filtri scelti." : "Di nessuna delle "
					+ timeline.yearOnly() + " pratiche trovate le fonti indicano il mese di avvio.";
		}
		else {
			Chart.Bar peak = bars.stream().max(Comparator.comparingLong(Chart.Bar::count)).orElseThrow();
			summary = "Il mese con più avvii è " + peak.label() + " (" + cards(peak.count()) + "), tra "
					+ bars.get(0).label() + " e " + bars.get(bars.size() - 1).label() + "; "
					+ cards(timeline.yearOnly()) + " hanno solo l'anno di avvio e non compaiono nel grafico.";
		}
		return new Chart(TIMELINE, "Pratiche per mese di avvio", "Mese di avvio", summary,
				"Il catalogo non filtra per mese: le barre di questo grafico non portano a una ricerca.", bars);
	}

	/**
	 * Not a catalogue search: the templates' files downloaded, each visitor once per file
	 * and day.
	 */
	static Chart downloads(Map<String, Long> byMonth) {
		long max = byMonth.values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<Chart.Bar> bars = new ArrayList<>();
		if (!byMonth.isEmpty()) {
			YearMonth last = YearMonth.parse(byMonth.keySet().stream().max(String::compareTo).orElseThrow());
			for (YearMonth m = YearMonth.parse(byMonth.keySet().iterator().next()); !m.isAfter(last); m = m
				.plusMonths(1)) {
				bars.add(new Chart.Bar(MONTH.format(m), m.toString(), byMonth.getOrDefault(m.toString(), 0L), null,
						false, bars.size(), max));
			}
		}
		long total = byMonth.values().stream().mapToLong(Long::longValue).sum();
		String summary = bars.isEmpty() ? "Nessun download dei modelli registrato finora."
				: "In tutto " + total + " download dei modelli; il mese con più download è "
						+ bars.stream().max(Comparator.comparingLong(Chart.Bar::count)).orElseThrow().label() + ".";
		return new Chart(DOWNLOADS, "Download dei modelli per mese", "Mese", summary,
				"Non dipende dai filtri del catalogo: conta i file dei modelli (DOCX, ODT, PDF) scaricati, una volta per "
						+ "visitatore, file e giorno.",
				bars);
	}

	/**
	 * Not a catalogue search: what became of the proposals the municipalities sent and
	 * confirmed.
	 */
	static Chart proposals(Map<ProposalState, Long> counts) {
		long published = counts.getOrDefault(ProposalState.PUBBLICATA, 0L);
		long pending = counts.getOrDefault(ProposalState.DA_MODERARE, 0L)
				+ counts.getOrDefault(ProposalState.DA_RIVEDERE, 0L);
		long refused = counts.getOrDefault(ProposalState.RESPINTA, 0L);
		long received = published + pending + refused;
		Map<String, Long> values = new LinkedHashMap<>();
		values.put("Ricevute", received);
		values.put("Pubblicate", published);
		values.put("In verifica o da rivedere", pending);
		values.put("Non pubblicate", refused);
		List<Chart.Bar> bars = new ArrayList<>();
		values.forEach(
				(label, count) -> bars.add(new Chart.Bar(label, label, count, null, false, bars.size(), received)));
		String summary = received == 0 ? "Nessuna proposta ricevuta finora dai Comuni."
				: "Dai Comuni sono arrivate " + received + (received == 1 ? " proposta" : " proposte") + ": "
						+ published + " pubblicate, " + pending + " in verifica o da rivedere, " + refused
						+ " non pubblicate.";
		return new Chart(PROPOSALS, "Proposte dei Comuni ricevute e pubblicate", "Proposte", summary,
				"Non dipende dai filtri del catalogo: conta le proposte inviate con «Proponi una pratica» e confermate da "
						+ "chi le ha inviate.",
				bars);
	}

	static String cards(long count) {
		return count + (count == 1 ? " pratica" : " pratiche");
	}

}
