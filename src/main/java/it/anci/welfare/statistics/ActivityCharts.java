package it.anci.welfare.statistics;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.anci.welfare.catalogue.search.StartMonths;
import it.anci.welfare.intake.ProposalState;

/**
 * The charts of the statistics page that count by month or by outcome rather than by a
 * filter of the catalogue: when the matching cards started, the templates downloaded, the
 * proposals received.
 */
final class ActivityCharts {

	static final String TIMELINE = "avvio";

	static final String DOWNLOADS = "download-modelli";

	static final String PROPOSALS = "proposte";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ITALIAN);

	private ActivityCharts() {
	}

	static Chart timeline(StartMonths.Timeline timeline) {
		return timeline(Texts.ITALIAN, timeline);
	}

	static Chart timeline(Texts t, StartMonths.Timeline timeline) {
		DateTimeFormatter month = MONTH.withLocale(t.locale());
		long max = timeline.months().values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<Chart.Bar> bars = new ArrayList<>();
		timeline.months()
			.forEach((start, count) -> bars
				.add(new Chart.Bar(month.format(start), start.toString(), count, null, false, bars.size(), max)));
		String summary;
		if (bars.isEmpty()) {
			summary = timeline.yearOnly() == 0 ? t.get("statistics.timeline.none")
					: t.get("statistics.timeline.noMonth", String.valueOf(timeline.yearOnly()));
		}
		else {
			Chart.Bar peak = bars.stream().max(Comparator.comparingLong(Chart.Bar::count)).orElseThrow();
			summary = t.get("statistics.timeline.summary", peak.label(), t.cards(peak.count()), bars.get(0).label(),
					bars.get(bars.size() - 1).label(), t.cards(timeline.yearOnly()));
		}
		return new Chart(TIMELINE, t.get("statistics.chart.avvio.title"), t.get("statistics.chart.avvio.heading"),
				summary, t.get("statistics.chart.avvio.note"), bars);
	}

	/**
	 * Not a catalogue search: the templates' files downloaded, each visitor once per file
	 * and day.
	 */
	static Chart downloads(Map<String, Long> byMonth) {
		return downloads(Texts.ITALIAN, byMonth);
	}

	static Chart downloads(Texts t, Map<String, Long> byMonth) {
		DateTimeFormatter month = MONTH.withLocale(t.locale());
		long max = byMonth.values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<Chart.Bar> bars = new ArrayList<>();
		if (!byMonth.isEmpty()) {
			YearMonth last = YearMonth.parse(byMonth.keySet().stream().max(String::compareTo).orElseThrow());
			for (YearMonth m = YearMonth.parse(byMonth.keySet().iterator().next()); !m.isAfter(last); m = m
				.plusMonths(1)) {
				bars.add(new Chart.Bar(month.format(m), m.toString(), byMonth.getOrDefault(m.toString(), 0L), null,
						false, bars.size(), max));
			}
		}
		long total = byMonth.values().stream().mapToLong(Long::longValue).sum();
		String summary = bars.isEmpty() ? t.get("statistics.downloads.none")
				: t.get("statistics.downloads.summary", String.valueOf(total),
						bars.stream().max(Comparator.comparingLong(Chart.Bar::count)).orElseThrow().label());
		return new Chart(DOWNLOADS, t.get("statistics.chart.download-modelli.title"),
				t.get("statistics.chart.download-modelli.heading"), summary,
				t.get("statistics.chart.download-modelli.note"), bars);
	}

	/**
	 * Not a catalogue search: what became of the proposals the municipalities sent and
	 * confirmed.
	 */
	static Chart proposals(Map<ProposalState, Long> counts) {
		return proposals(Texts.ITALIAN, counts);
	}

	static Chart proposals(Texts t, Map<ProposalState, Long> counts) {
		long published = counts.getOrDefault(ProposalState.PUBBLICATA, 0L);
		long pending = counts.getOrDefault(ProposalState.DA_MODERARE, 0L)
				+ counts.getOrDefault(ProposalState.DA_RIVEDERE, 0L);
		long refused = counts.getOrDefault(ProposalState.RESPINTA, 0L);
		long received = published + pending + refused;
		// the code of each bar (the CSV's second column) stays the Italian label
		Map<String, Long> values = new LinkedHashMap<>();
		values.put("Ricevute", received);
		values.put("Pubblicate", published);
		values.put("In verifica o da rivedere", pending);
		values.put("Non pubblicate", refused);
		List<String> keys = List.of("received", "published", "pending", "refused");
		List<Chart.Bar> bars = new ArrayList<>();
		values.forEach((code, count) -> bars.add(new Chart.Bar(t.get("statistics.proposals." + keys.get(bars.size())),
				code, count, null, false, bars.size(), received)));
		String summary = received == 0 ? t.get("statistics.proposals.none")
				: t.get("statistics.proposals.summary", String.valueOf(received), received, String.valueOf(published),
						String.valueOf(pending), String.valueOf(refused));
		return new Chart(PROPOSALS, t.get("statistics.chart.proposte.title"),
				t.get("statistics.chart.proposte.heading"), summary, t.get("statistics.chart.proposte.note"), bars);
	}

}
