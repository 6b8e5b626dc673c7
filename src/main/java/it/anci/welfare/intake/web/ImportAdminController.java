package it.anci.welfare.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.intake.ImportColumn;
import it.anci.welfare.intake.ImportModels;
import it.anci.welfare.intake.ImportRejectedException;
import it.anci.welfare.intake.ImportJob;
import it.anci.welfare.intake.SurveyImports;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import of survey exports under /admin/pratiche/importa (administrators only): the
 * upload form with the model files, the mapping of unknown headers, the job's page (its
 * progress, refreshed without JavaScript, then the report row by row and «Importa»).
 */
@Controller
class ImportAdminController {

	private static final String BASE = "/admin/pratiche/importa";

	/** Seconds between two loads of a running job's page. */
	private static final int REFRESH = 2;

	private final SurveyImports imports;

	private final ImportModels models;

	private final DataSize maxFileSize;

	ImportAdminController(SurveyImports imports, ImportModels models,
			@Value("${portal.import.max-file-size:10MB}") DataSize maxFileSize) {
		this.imports = imports;
		this.models = models;
		this.maxFileSize = maxFileSize;
	}

	@GetMapping(BASE)
	String index(Model model) {
		model.addAttribute("columns", ImportColumn.values());
		model.addAttribute("sources", this.imports.sourceNames());
		model.addAttribute("jobs", this.imports.recent(10));
		model.addAttribute("maxSize", this.maxFileSize.toMegabytes() + " MB");
		return "admin/imports/index";
	}

	@GetMapping(BASE + "/modello.csv")
	ResponseEntity<byte[]> modelCsv() {
		return download(this.models.csv(), "modello-importazione-pratiche.csv",
				MediaType.parseMediaType("text/csv;charset=UTF-8"));
	}

	@GetMapping(BASE + "/modello.xlsx")
	ResponseEntity<byte[]> modelXlsx(Locale locale) {
		return download(this.models.xlsx(locale), "modello-importazione-pratiche.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@PostMapping(BASE)
	String upload(@RequestParam(name = "fonte", required = false) String source,
			@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model,
			HttpServletResponse response) {
		long job;
		try {
			job = this.imports.upload(source, file == null ? null : file.getOriginalFilename(), bytes(file),
					principal.getName());
		}
		catch (ImportRejectedException rejected) {
			response.setStatus(rejected.status());
			model.addAttribute("rejected", rejected);
			model.addAttribute("source", source);
			return "admin/imports/rejected";
		}
		return "redirect:" + BASE + "/" + job;
	}

	@GetMapping(BASE + "/{id}")
	String job(@PathVariable long id, Model model) {
		ImportJob job = job(id);
		if (job.status() == ImportJob.Status.MAPPING) {
			return "redirect:" + BASE + "/" + id + "/colonne";
		}
		model.addAttribute("job", job);
		if (job.status().running()) {
			model.addAttribute("refreshSeconds", REFRESH);
		}
		return "admin/imports/job";
	}

	@GetMapping(BASE + "/{id}/colonne")
	String columns(@PathVariable long id, Model model) {
		ImportJob job = job(id);
		if (job.status() != ImportJob.Status.MAPPING) {
			return "redirect:" + BASE + "/" + id;
		}
		model.addAttribute("job", job);
		model.addAttribute("columns", ImportColumn.values());
		return "admin/imports/columns";
	}

	/**
	 * The mapping form sends {@code colonna-0}, {@code colonna-1}… in the order of the
	 * unknown headers.
	 */
	@PostMapping(BASE + "/{id}/colonne")
	String map(@PathVariable long id, @RequestParam Map<String, String> form) {
		ImportJob job = job(id);
		Map<String, String> choices = new HashMap<>();
		List<String> headers = job.unknownHeaders();
		for (int i = 0; i < headers.size(); i++) {
			choices.put(headers.get(i), form.getOrDefault("colonna-" + i, ""));
		}
		this.imports.map(id, choices);
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping(BASE + "/{id}/importa")
	String start(@PathVariable long id, @RequestParam(name = "pubblica", defaultValue = "no") String publish,
			Principal principal, Model model, HttpServletResponse response) {
		ImportJob job = job(id);
		if (!this.imports.startImport(id, "si".equals(publish), principal.getName())) {
			response.setStatus(422);
			model.addAttribute("job", job);
			model.addAttribute("notImportable", true);
			return "admin/imports/job";
		}
		return "redirect:" + BASE + "/" + id;
	}

	private ImportJob job(long id) {
		return this.imports.job(id).orElseThrow(() -> new NotFoundException("import job " + id));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file == null ? null : file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ResponseEntity<byte[]> download(byte[] content, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
