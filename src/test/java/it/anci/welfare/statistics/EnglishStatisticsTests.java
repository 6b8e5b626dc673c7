package it.anci.welfare.statistics;

import it.anci.welfare.support.EnglishPages;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics page in the English interface; its CSV stays Italian (data). */
@PortalTest
class EnglishStatisticsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void chartsSummariesAndLabelsAreEnglishAroundItalianValues() throws Exception {
		Document page = english("/statistiche?dimensione=fino-5000&lang=en");
		assertThat(page.select("main h1").text()).isEqualTo("Statistics of the catalogue");
		assertThat(page.select("section.chart h2").eachText()).contains("Practices by region",
				"Practices by start month", "Practices by size of the municipality");
		assertThat(page.select(".stats-scope p").first().text())
			.endsWith("practices for: up to 5,000 inhabitants. " + "Statistics of the whole catalogue.");
		assertThat(page.select("#grafico-regioni .chart-summary").text())
			.matches("Region – most frequent: “.+”, \\d+ practices? of \\d+(; next “.+” with \\d+)?\\.");
		assertThat(page.select("#grafico-avvio .chart-summary").text())
			.startsWith("The month with the most starts is ");
		assertThat(page.select("#grafico-avvio .chart-table th[scope=row]").eachText())
			.allMatch(month -> month.matches("[A-Z][a-z]+ \\d{4}"));
		assertThat(page.select("#grafico-dimensione .chart-table th[scope=row]").eachText())
			.contains("up to 5,000 inhabitants");
		assertThat(page.select("#grafico-regioni .chart-table th[scope=row][lang=it]")).isNotEmpty();
		assertThat(EnglishPages.italianOutsideContent(page)).isEmpty();
	}

	@Test
	void theCsvOfAChartStaysItalian() throws Exception {
		MvcTestResult csv = this.mvc.get().uri("/statistiche/dimensione.csv?lang=en").exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentAsString()).contains("dimensione del comune;codice;pratiche;ricerca",
				"fino a 5.000 abitanti");
	}

	private Document english(String url) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		return page;
	}

}
