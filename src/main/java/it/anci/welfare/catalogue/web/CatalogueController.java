package it.anci.welfare.catalogue.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import it.anci.welfare.catalogue.CatalogueExports;
import it.anci.welfare.catalogue.CatalogueQuery;
import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.Comparison;
import it.anci.welfare.catalogue.ComparisonDocuments;
import it.anci.welfare.catalogue.PracticeDetails;
import it.anci.welfare.catalogue.search.CatalogueFilters;
import it.anci.welfare.common.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class CatalogueController {

	static final int MAX_COMPARED = 4;

	private final CatalogueService catalogue;

	private final CatalogueFilters filters;

	private final CatalogueExports exports;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final MessageSource messages;

	CatalogueController(CatalogueService catalogue, CatalogueFilters filters, CatalogueExports exports,
			JsonMapper jsonMapper, Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
		this.catalogue = catalogue;
		this.filters = filters;
		this.exports = exports;
		this.jsonMapper = jsonMapper;
	}

	@GetMapping("/pratiche")
	String list(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		model.addAttribute("page", this.catalogue.search(this.filters.parse(parameters)));
		return "catalogue/list";
	}

	/**
	 * Written card by card as it is read, like the CSV: a whole catalogue never sits in
	 * memory.
	 */
	@GetMapping(path = "/pratiche.json", produces = MediaType.APPLICATION_JSON_VALUE)
	void json(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
		CatalogueQuery query = export(parameters, ContentDisposition.inline(), ".json",
				MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8", response);
		try (JsonGenerator json = this.jsonMapper.createGenerator(response.getOutputStream())) {
			json.writeStartArray();
			this.exports.writeJson(query, baseUrl(), card -> this.jsonMapper.writeValue(json, card));
			json.writeEndArray();
		}
	}

	@GetMapping("/pratiche.csv")
	void csv(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
		CatalogueQuery query = export(parameters, ContentDisposition.attachment(), ".csv", "text/csv;charset=UTF-8",
				response);
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.exports.writeCsv(query, baseUrl(), out);
		out.flush();
	}

	@GetMapping("/pratiche.xlsx")
	void xlsx(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
		CatalogueQuery query = export(parameters, ContentDisposition.attachment(), ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response);
		this.exports.writeXlsx(query, baseUrl(), response.getOutputStream());
	}

	@GetMapping("/pratiche.ods")
	void ods(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
		CatalogueQuery query = export(parameters, ContentDisposition.attachment(), ".ods",
				"application/vnd.oasis.opendocument.spreadsheet", response);
		this.exports.writeOds(query, baseUrl(), response.getOutputStream());
	}

	/**
	 * The search an export writes, once the response says its type and its file name: the
	 * search's own name, today's date and {@code extension}.
	 */
	private CatalogueQuery export(MultiValueMap<String, String> parameters, ContentDisposition.Builder disposition,
			String extension, String contentType, HttpServletResponse response) {
		CatalogueQuery query = this.filters.parse(parameters);
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				disposition.filename(query.exportName(LocalDate.now(this.clock)) + extension).build().toString());
		return query;
	}

	@GetMapping("/pratiche/confronta")
	String compare(@RequestParam(name = "id", required = false) List<String> slugs, Model model,
			HttpServletResponse response) {
		List<String> asked = asked(slugs);
		List<PracticeDetails> practices = this.catalogue.practices(asked.stream().limit(MAX_COMPARED).toList());
		model.addAttribute("comparison", Comparison.of(practices, this.messages, LocaleContextHolder.getLocale()));
		model.addAttribute("practices", practices);
		model.addAttribute("askedCount", asked.size());
		model.addAttribute("unknownCount", Math.min(asked.size(), MAX_COMPARED) - practices.size());
		if (practices.size() < 2 || asked.size() > MAX_COMPARED) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return "catalogue/compare";
	}

	@GetMapping("/pratiche/confronta.csv")
	ResponseEntity<String> compareCsv(@RequestParam(name = "id", required = false) List<String> slugs) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, comparisonFile("csv"))
			.body(ComparisonDocuments.csv(comparison(slugs), baseUrl()));
	}

	@GetMapping("/pratiche/confronta.pdf")
	ResponseEntity<byte[]> comparePdf(@RequestParam(name = "id", required = false) List<String> slugs) {
		LocalDate today = LocalDate.now(this.clock);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, comparisonFile("pdf"))
			.body(ComparisonDocuments.pdf(comparison(slugs), baseUrl(),
					today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ITALIAN))));
	}

	/**
	 * The cards to compare as files; fewer than two known cards is a bad request (the
	 * page explains why).
	 */
	private Comparison comparison(List<String> slugs) {
		List<String> asked = asked(slugs);
		List<PracticeDetails> practices = this.catalogue.practices(asked.stream().limit(MAX_COMPARED).toList());
		if (practices.size() < 2 || asked.size() > MAX_COMPARED) {
			throw InvalidRequestException.of("catalogue.compare.download.invalid", MAX_COMPARED);
		}
		return Comparison.of(practices);
	}

	private static List<String> asked(List<String> slugs) {
		return slugs == null ? List.of() : slugs.stream().map(String::strip).distinct().toList();
	}

	private String comparisonFile(String extension) {
		return ContentDisposition.attachment()
			.filename("confronto-pratiche-" + LocalDate.now(this.clock) + "." + extension)
			.build()
			.toString();
	}

	/**
	 * What the collection is, how the cards are written, and how a comune can send its
	 * own.
	 */
	@GetMapping("/pratiche/la-raccolta")
	String collection(Model model) {
		model.addAttribute("overview", this.catalogue.overview());
		return "catalogue/collection";
	}

	@GetMapping("/pratiche/{slug}")
	String show(@PathVariable String slug, Model model) {
		PracticeDetails practice = this.catalogue.practice(slug);
		model.addAttribute("practice", practice);
		model.addAttribute("similar", this.catalogue.similar(practice));
		return "catalogue/show";
	}

	@GetMapping("/comuni/{code}")
	String comune(@PathVariable String code, Model model) {
		model.addAttribute("overview", this.catalogue.comune(code));
		return "catalogue/comune";
	}

	@GetMapping("/regioni/{slug}")
	String region(@PathVariable String slug, Model model) {
		model.addAttribute("overview", this.catalogue.region(slug));
		return "catalogue/region";
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
