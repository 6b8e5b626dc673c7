package it.anci.welfare.opendata.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import it.anci.welfare.catalogue.CatalogueExports;
import it.anci.welfare.doctemplates.DocumentTemplateService;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.opendata.DcatCatalogue;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDWriter;
import org.eclipse.rdf4j.rio.rdfxml.util.RDFXMLPrettyWriter;
import org.eclipse.rdf4j.rio.turtle.TurtleWriter;

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

	/**
	 * Abbreviated RDF/XML: typed node elements, each node nested where the catalogue's
	 * model first refers to it, the rights statement without a node id.
	 */
	@GetMapping("/dati/catalogo.rdf")
	ResponseEntity<byte[]> rdfXml() {
		return write(out -> new RDFXMLPrettyWriter(out).set(BasicWriterSettings.INLINE_BLANK_NODES, true),
				"application/rdf+xml", "catalogo.rdf");
	}

	/** With the prefixes, the rights statement written in place as {@code [ … ]}. */
	@GetMapping("/dati/catalogo.ttl")
	ResponseEntity<byte[]> turtle() {
		return write(out -> new TurtleWriter(out).set(BasicWriterSettings.INLINE_BLANK_NODES, true), "text/turtle",
				"catalogo.ttl");
	}

	/**
	 * Compacted with the prefixes as its context, so that its keys read like the Turtle.
	 */
	@GetMapping("/dati/catalogo.jsonld")
	ResponseEntity<byte[]> jsonLd() {
		return write(out -> new JSONLDWriter(out).set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT),
				"application/ld+json", "catalogo.jsonld");
	}

	private ResponseEntity<byte[]> write(Function<OutputStream, RDFWriter> syntax, String mediaType, String filename) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Rio.write(this.catalogue.model(base), syntax.apply(out));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(mediaType), StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(out.toByteArray());
	}

}
