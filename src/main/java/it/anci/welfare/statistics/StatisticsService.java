package it.anci.welfare.statistics;

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
import it.anci.welfare.catalogue.search.StartMonths;
import it.anci.welfare.doctemplates.TemplateFiles;
import it.anci.welfare.intake.Moderation;

import org.springframework.context.MessageSource;
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
	 * largest bar first. Its title, value heading and note are
	 * {@code statistics.chart.<id>.title}, {@code .heading} and {@code .note} of
	 * i18n/statistics.
	 */
	record Dimension(String id, CatalogueFilter filter, boolean ranked, boolean noted) {
	}

	static final List<Dimension> DIMENSIONS = List.of(new Dimension("regioni", CatalogueFilter.REGIONE, true, false),
			new Dimension("tipologia", CatalogueFilter.TIPO, false, false),
			new Dimension("aree", CatalogueFilter.AREA, true, true),
			new Dimension("utenza", CatalogueFilter.UTENZA, true, true),
			new Dimension("interventi", CatalogueFilter.INTERVENTO, true, true),
			new Dimension("prosecuzione", CatalogueFilter.PROSEGUE, false, false),
			new Dimension("stato-attuale", CatalogueFilter.STATO, false, true),
			new Dimension("dimensione", CatalogueFilter.DIMENSIONE, false, false));

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

	/** In Italian: the CSV of each chart. */
	public Statistics of(CatalogueQuery requested) {
		return of(requested, Texts.ITALIAN);
	}

	/** Titles, headings, labels and summaries in a language of the interface. */
	public Statistics of(CatalogueQuery requested, MessageSource messages, Locale locale) {
		return of(requested, new Texts(messages, locale));
	}

	private Statistics of(CatalogueQuery requested, Texts t) {
		CatalogueQuery query = requested.onPage(1);
		CataloguePage page = this.catalogue.search(query);
		List<Chart> charts = new ArrayList<>();
		for (Dimension dimension : DIMENSIONS) {
			long considered = page.totalWithout().getOrDefault(dimension.filter(), page.total());
			charts.add(chart(t, dimension, page.facet(dimension.filter()), query, considered));
		}
		charts.add(ActivityCharts.timeline(t, this.startMonths.of(query)));
		charts.add(ActivityCharts.downloads(t, this.templateFiles.downloadsByMonth()));
		charts.add(ActivityCharts.proposals(t, this.proposals.counts()));
		return new Statistics(query, page.total(), charts, page.map());
	}

	private static Chart chart(Texts t, Dimension dimension, Facet facet, CatalogueQuery query, long considered) {
		List<Facet.Value> values = new ArrayList<>(facet.values());
		if (dimension.ranked()) {
			values.sort(Comparator.comparingLong((Facet.Value v) -> -v.count())
				.thenComparing(v -> v.option().label(), String.CASE_INSENSITIVE_ORDER));
		}
		long max = values.stream().mapToLong(Facet.Value::count).max().orElse(0);
		List<Chart.Bar> bars = new ArrayList<>();
		for (Facet.Value v : values) {
			bars.add(new Chart.Bar(t.option(v.option()), v.option().value(), v.count(),
					only(query, dimension.filter(), v.option()).url(), v.selected(), bars.size(), max));
		}
		String key = "statistics.chart." + dimension.id();
		String heading = t.get(key + ".heading");
		List<Chart.Bar> byCount = byCount(bars);
		return new Chart(dimension.id(), t.get(key + ".title"), heading, summary(t, heading, bars, considered),
				dimension.noted() ? t.get(key + ".note") : null, bars, byCount.isEmpty() ? null
						: new Chart.Leaders(byCount.get(0), byCount.size() > 1 ? byCount.get(1) : null, considered));
	}

	/** The same search with this filter set to one value: the cards a bar counts. */
	static CatalogueQuery only(CatalogueQuery query, CatalogueFilter filter, FilterOption option) {
		Map<CatalogueFilter, List<FilterOption>> selected = new LinkedHashMap<>(query.selected());
		selected.put(filter, List.of(option));
		return new CatalogueQuery(query.text(), selected, query.sort(), query.sortChosen(), 1, List.of());
	}

	/** "Regione più frequente: «Umbria», 45 pratiche su 227; segue «Lazio» con 20." */
	static String summary(String heading, List<Chart.Bar> bars, long considered) {
		return summary(Texts.ITALIAN, heading, bars, considered);
	}

	private static String summary(Texts t, String heading, List<Chart.Bar> bars, long considered) {
		List<Chart.Bar> byCount = byCount(bars);
		if (byCount.isEmpty()) {
			return t.get("statistics.summary.none");
		}
		Chart.Bar first = byCount.get(0);
		if (byCount.size() == 1) {
			return t.get("statistics.summary.one", heading, first.label(), t.cards(first.count()),
					String.valueOf(considered));
		}
		Chart.Bar second = byCount.get(1);
		return t.get("statistics.summary.two", heading, first.label(), t.cards(first.count()),
				String.valueOf(considered), second.label(), String.valueOf(second.count()));
	}

	/** The bars with cards, the largest first. */
	private static List<Chart.Bar> byCount(List<Chart.Bar> bars) {
		return bars.stream()
			.filter(b -> b.count() > 0)
			.sorted(Comparator.comparingLong((Chart.Bar b) -> -b.count()))
			.toList();
	}

	static String cards(long count) {
		return Texts.ITALIAN.cards(count);
	}

}
