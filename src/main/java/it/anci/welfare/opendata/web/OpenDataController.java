package it.anci.welfare.opendata.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import it.anci.welfare.catalogue.CatalogueExports;
import it.anci.welfare.doctemplates.DocumentTemplateService;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.opendata.DcatCatalogue;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The "Dati aperti" page and the DCAT-AP_IT catalogue in RDF/XML, Turtle and JSON-LD
 * (same graph, three syntaxes).
 */
@Controller
class OpenDataController {

	private final DcatCatalogue catalogue;

	private final DocumentTemplateService templates;

	private final MeetingService meetings;

	OpenDataController(DcatCatalogue catalogue, DocumentTemplateService templates, MeetingService meetings) {
		this.catalogue = catalogue;
		this.templates = templates;
		this.meetings = meetings;
	}

	@GetMapping("/dati")
	String page(Model model) {
		model.addAttribute("categories", this.templates.byCategory());
		model.addAttribute("fields", CatalogueExports.fields());
		model.addAttribute("bodies", this.meetings.list(null, null).bodies());
		return "opendata/index";
	}

	@GetMapping("/dati/catalogo.rdf")
	ResponseEntity<byte[]> rdfXml() {
		return write(RDFFormat.RDFXML_PRETTY, "application/rdf+xml", "catalogo.rdf");
	}

	@GetMapping("/dati/catalogo.ttl")
	ResponseEntity<byte[]> turtle() {
		return write(RDFFormat.TURTLE_PRETTY, "text/turtle", "catalogo.ttl");
	}

	@GetMapping("/dati/catalogo.jsonld")
	ResponseEntity<byte[]> jsonLd() {
		return write(RDFFormat.JSONLD11_PRETTY, "application/ld+json", "catalogo.jsonld");
	}

	private ResponseEntity<byte[]> write(RDFFormat format, String mediaType, String filename) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RDFDataMgr.write(out, this.catalogue.model(base), format);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(mediaType), StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(out.toByteArray());
	}

}
