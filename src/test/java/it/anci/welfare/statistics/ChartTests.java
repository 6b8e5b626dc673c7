package it.anci.welfare.statistics;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.catalogue.search.StartMonths;
import it.anci.welfare.intake.ProposalState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the charts draw and say when the data is empty, thin or has gaps. */
class ChartTests {

	@Test
	void downloadsPerMonthShowTheMonthsWithoutDownloadsToo() {
		Map<String, Long> months = new LinkedHashMap<>();
		months.put("2026-01", 3L);
		months.put("2026-03", 5L);
		Chart chart = ActivityCharts.downloads(months);
		assertThat(chart.bars()).extracting(Chart.Bar::label)
			.containsExactly("gennaio 2026", "febbraio 2026", "marzo 2026");
		assertThat(chart.bars()).extracting(Chart.Bar::count).containsExactly(3L, 0L, 5L);
		assertThat(chart.bars()).allMatch(b -> b.url() == null);
		assertThat(chart.summary())
			.isEqualTo("In tutto 8 download dei modelli; il mese con più download è marzo 2026.");
		assertThat(chart.bars().get(1).width()).isZero();
		assertThat(chart.bars().get(2).width()).isEqualTo(340);
		assertThat(ActivityCharts.downloads(Map.of()).summary())
			.isEqualTo("Nessun download dei modelli registrato finora.");
	}

	@Test
	void proposalsCountOnlyTheConfirmedOnes() {
		Map<ProposalState, Long> counts = new java.util.EnumMap<>(ProposalState.class);
		counts.put(ProposalState.DA_CONFERMARE, 4L);
		counts.put(ProposalState.DA_MODERARE, 2L);
		counts.put(ProposalState.DA_RIVEDERE, 1L);
		counts.put(ProposalState.PUBBLICATA, 3L);
		Chart chart = ActivityCharts.proposals(counts);
		assertThat(chart.bars()).extracting(Chart.Bar::count).containsExactly(6L, 3L, 3L, 0L);
		assertThat(chart.summary()).isEqualTo(
				"Dai Comuni sono arrivate 6 proposte: 3 pubblicate, 3 in verifica o da rivedere, 0 non pubblicate.");
		assertThat(chart.bars().get(0).width()).isEqualTo(340);
		assertThat(ActivityCharts.proposals(Map.of()).summary())
			.isEqualTo("Nessuna proposta ricevuta finora dai Comuni.");
	}

	@Test
	void aTimelineSaysHowManyStartsHaveOnlyAYear() {
		Map<YearMonth, Long> months = new LinkedHashMap<>();
		months.put(YearMonth.of(2020, 3), 1L);
		months.put(YearMonth.of(2020, 4), 0L);
		Chart chart = ActivityCharts.timeline(new StartMonths.Timeline(months, 2));
		assertThat(chart.summary())
			.isEqualTo("Il mese con più avvii è marzo 2020 (1 pratica), tra marzo 2020 e aprile 2020; "
					+ "2 pratiche hanno solo l'anno di avvio e non compaiono nel grafico.");
		assertThat(ActivityCharts.timeline(new StartMonths.Timeline(Map.of(), 3)).summary())
			.isEqualTo("Di nessuna delle 3 pratiche trovate le fonti indicano il mese di avvio.");
		assertThat(ActivityCharts.timeline(new StartMonths.Timeline(Map.of(), 0)).empty()).isTrue();
	}

	@Test
	void barsAreSeenEvenWithOneCardAndLongLabelsAreShortenedOnlyInTheDrawing() {
		String longLabel = "Presa in carico (servizio sociale professionale, valutazione multidimensionale, affido e adozione)";
		Chart.Bar one = new Chart.Bar(longLabel, "OS2", 1, "/pratiche?area=OS2", false, 2, 500);
		assertThat(one.width()).isEqualTo(2);
		assertThat(one.shortLabel()).hasSizeLessThanOrEqualTo(50).endsWith("…");
		assertThat(one.accessibleName()).isEqualTo(longLabel + ": 1 pratica");
		assertThat(one.y()).isEqualTo(6 + 2 * 42);
		Chart chart = new Chart("aree", "Pratiche per area", "Area", "", null, List.of(one));
		assertThat(chart.viewBox()).isEqualTo("0 0 400 54");
		assertThat(chart.total()).isEqualTo(1);
		assertThat(StatisticsService.summary("Area", List.of(one), 1))
			.isEqualTo("Area più frequente: «" + longLabel + "», 1 pratica su 1.");
		assertThat(StatisticsService.summary("Area", List.of(), 0))
			.isEqualTo("Nessuna pratica corrisponde agli altri filtri scelti.");
	}

}
