package it.anci.welfare.doctemplates.web;

import java.util.List;

import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.doctemplates.DocumentTemplate;
import it.anci.welfare.doctemplates.DocumentTemplateService;
import it.anci.welfare.doctemplates.TemplateFiles;
import it.anci.welfare.doctemplates.TemplateFormat;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.FileDownloads;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.TerritoryService;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * Template files: stored downloads with HTTP revalidation, the category ZIP, and the copy
 * filled in for a comune.
 */
@Controller
class TemplateDownloadController {

	private final DocumentTemplateService templates;

	private final TemplateFiles files;

	private final TerritoryService territory;

	private final FileDownloads downloads;

	private final Attachments attachments;

	TemplateDownloadController(DocumentTemplateService templates, TemplateFiles files, TerritoryService territory,
			FileDownloads downloads, Attachments attachments) {
		this.attachments = attachments;
		this.templates = templates;
		this.files = files;
		this.territory = territory;
		this.downloads = downloads;
	}

	@GetMapping("/modelli/{slug}/file.{extension}")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable String extension, WebRequest webRequest,
			HttpServletRequest request) {
		TemplateFormat format = TemplateFormat.fromExtension(extension)
			.orElseThrow(() -> new NotFoundException("format " + extension));
		this.templates.bySlug(slug);
		return this.downloads.serve(this.files.file(slug, format), webRequest, request);
	}

	/**
	 * A file uploaded for a published template; the template's slug keeps drafts' files
	 * private.
	 */
	@GetMapping("/modelli/{slug}/allegati/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable long id, WebRequest webRequest,
			HttpServletRequest request) {
		DocumentTemplate template = this.templates.bySlug(slug);
		return this.downloads.serve(this.attachments.file(Attachment.Owner.TEMPLATE, template.id(), id), webRequest,
				request);
	}

	@GetMapping("/modelli/categorie/{slug}.zip")
	ResponseEntity<byte[]> zip(@PathVariable String slug) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, FileDownloads.attachment("modelli-" + slug + ".zip"))
			.body(this.files.categoryZip(slug));
	}

	/**
	 * Without a comune: the search form and its results; with a comune and a format: the
	 * filled-in file.
	 */
	@GetMapping("/modelli/{slug}/compila")
	Object compile(@PathVariable String slug, @RequestParam(name = "q", required = false) String term,
			@RequestParam(name = "comune", required = false) String comuneCode,
			@RequestParam(name = "formato", required = false) String extension, Model model) {
		DocumentTemplate template = this.templates.bySlug(slug);
		if (!template.hasText()) {
			throw new NotFoundException("template " + slug + " has no text to fill in");
		}
		if (comuneCode != null && extension != null) {
			Comune comune = this.territory.comune(comuneCode.strip())
				.orElseThrow(() -> new NotFoundException("comune " + comuneCode));
			TemplateFormat format = TemplateFormat.fromExtension(extension.strip())
				.orElseThrow(() -> new NotFoundException("format " + extension));
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(format.mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, FileDownloads.attachment(slug + "-"
						+ comune.name().toLowerCase(java.util.Locale.ITALIAN).replaceAll("[^\\p{L}\\p{N}]+", "-") + "."
						+ format.extension()))
				.cacheControl(CacheControl.noStore())
				.body(this.files.personalised(slug, format, comune));
		}
		String cleaned = term == null ? "" : term.replaceAll("\\p{Cntrl}", " ").strip();
		List<Comune> results = cleaned.length() >= 2 ? this.territory.searchComuni(cleaned, 15) : List.of();
		model.addAttribute("template", template);
		model.addAttribute("term", cleaned);
		model.addAttribute("results", results);
		model.addAttribute("formats", TemplateFormat.values());
		return "doctemplates/compile";
	}

}
