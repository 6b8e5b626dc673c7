package it.anci.welfare.statistics.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.anci.welfare.catalogue.search.CatalogueFilters;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.search.CatalogueTitles;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.statistics.Chart;
import it.anci.welfare.statistics.StatisticsService;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /statistiche}: the charts for the parameters of {@code /pratiche}, and the CSV
 * of each chart's table.
 */
@Controller
class StatisticsController {

	private final StatisticsService statistics;

	private final CatalogueFilters filters;

	private final MessageSource messages;

	StatisticsController(StatisticsService statistics, CatalogueFilters filters, MessageSource messages) {
		this.statistics = statistics;
		this.filters = filters;
		this.messages = messages;
	}

	/** A part of the search the statistics count: the text, a chosen value. */
	record Criterion(String text, boolean italian) {
	}

	@GetMapping("/statistiche")
	String page(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		CatalogueQuery query = this.filters.parse(parameters);
		Locale locale = LocaleContextHolder.getLocale();
		StatisticsService.Statistics stats = this.statistics.of(query, this.messages, locale);
		model.addAttribute("stats", stats);
		model.addAttribute("criteria", CatalogueTitles.criteria(stats.query()));
		// each part marked as content (Italian) or named in the interface's language
		List<Criterion> parts = new ArrayList<>();
		if (stats.query().hasText()) {
			parts.add(new Criterion("«" + stats.query().text() + "»", true));
		}
		CatalogueTitles.values(stats.query())
			.forEach(option -> parts.add(option.content() ? new Criterion(option.label(), true)
					: new Criterion(this.messages.getMessage(option.messageKey(), null, locale), false)));
		model.addAttribute("criteriaParts", parts);
		model.addAttribute("catalogueUrl", stats.query().url());
		Map<String, String> csvUrls = new LinkedHashMap<>();
		stats.charts().forEach(c -> csvUrls.put(c.id(), csvUrl(stats.query(), c.id())));
		model.addAttribute("csvUrls", csvUrls);
		return "statistics/index";
	}

	/**
	 * Semicolon-separated with a BOM, like the catalogue's CSV, so Italian spreadsheets
	 * open it as it is.
	 */
	@GetMapping("/statistiche/{chart}.csv")
	void csv(@PathVariable String chart, @RequestParam MultiValueMap<String, String> parameters,
			HttpServletResponse response) throws IOException {
		CatalogueQuery query = this.filters.parse(parameters);
		Chart found = this.statistics.of(query).chart(chart).orElseThrow(() -> new NotFoundException("chart " + chart));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("statistiche-" + chart + ".csv").build().toString());
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder()
					.setDelimiter(';')
					.setRecordSeparator("\r\n")
					.setHeader(found.valueHeading().toLowerCase(java.util.Locale.ITALIAN), "codice", "pratiche",
							"ricerca")
					.get());
		for (Chart.Bar bar : found.bars()) {
			csv.printRecord(cell(bar.label()), cell(bar.code()), bar.count(),
					bar.url() == null ? "" : base + bar.url());
		}
		csv.flush();
	}

	/**
	 * A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV
	 * injection).
	 */
	static String cell(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static String csvUrl(CatalogueQuery query, String chart) {
		String search = query.url();
		int question = search.indexOf('?');
		return UriComponentsBuilder.fromPath("/statistiche/" + chart + ".csv").build().toUriString()
				+ (question < 0 ? "" : search.substring(question));
	}

}
