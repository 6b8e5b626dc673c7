package it.anci.welfare.opendata;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import it.anci.welfare.catalogue.CatalogueDates;
import it.anci.welfare.doctemplates.DocumentTemplateService;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingKind;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.support.PortalTest;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VCARD4;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.turtle.TurtleWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Online and hybrid meetings in schema.org; a catalogue with a configured contact e-mail
 * declares its contact point.
 */
@PortalTest
class SchemaOrgAndContactTests {

	@Autowired
	SchemaOrg schema;

	@Autowired
	CatalogueDates dates;

	@Autowired
	DocumentTemplateService templates;

	@Autowired
	MeetingService meetings;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void onlineMeetingsHaveAVirtualLocationAndHybridOnesBoth() {
		JsonNode online = this.json
			.readTree(this.schema.event(meeting(MeetingKind.ONLINE, null), "http://localhost/riunioni/r"));
		assertThat(online.get("eventAttendanceMode").asString())
			.isEqualTo("https://schema.org/OnlineEventAttendanceMode");
		assertThat(online.get("location").get("@type").asString()).isEqualTo("VirtualLocation");
		assertThat(online.get("location").get("url").asString()).isEqualTo("http://localhost/riunioni/r");
		assertThat(online.get("organizer").get("name").asString()).isEqualTo("Consulta welfare – ANCI Umbria");

		JsonNode hybrid = this.json.readTree(this.schema
			.event(meeting(MeetingKind.IBRIDA, "https://meet.example.org/x"), "http://localhost/riunioni/r"));
		assertThat(hybrid.get("eventAttendanceMode").asString())
			.isEqualTo("https://schema.org/MixedEventAttendanceMode");
		assertThat(hybrid.get("location")).hasSize(2);
		assertThat(hybrid.get("location").get(1).get("url").asString()).isEqualTo("https://meet.example.org/x");
	}

	@Test
	void aConfiguredContactEmailBecomesTheDatasetsContactPointAndStillConforms() {
		DcatCatalogue catalogue = new DcatCatalogue(this.dates, this.templates, this.meetings,
				new OpenDataProperties("c_prova", "redazione@example.org"));
		Model model = readWithJena(catalogue.model("http://localhost"));
		var contact = model.getResource("http://localhost/dati/pratiche").getPropertyResourceValue(DCAT.contactPoint);
		assertThat(contact.getPropertyResourceValue(VCARD4.hasEmail).getURI())
			.isEqualTo("mailto:redazione@example.org");
		assertThat(model.getResource("http://localhost/dati/pratiche")
			.getProperty(org.apache.jena.vocabulary.DCTerms.identifier)
			.getString()).isEqualTo("c_prova:pratiche");
		Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("shacl/dcat-ap_it-mandatory.ttl"));
		assertThat(ShaclValidator.get().validate(shapes, model.getGraph()).getEntries()).isEmpty();
	}

	/** An independent check: the graph RDF4J built, as Turtle, parsed by Jena. */
	private static Model readWithJena(org.eclipse.rdf4j.model.Model graph) {
		StringWriter turtle = new StringWriter();
		Rio.write(graph, new TurtleWriter(turtle));
		Model model = ModelFactory.createDefaultModel();
		RDFDataMgr.read(model, new StringReader(turtle.toString()), null, Lang.TURTLE);
		return model;
	}

	private static Meeting meeting(MeetingKind kind, String onlineUrl) {
		Instant start = Instant.parse("2026-05-04T08:00:00Z");
		return new Meeting(1, "r", "Riunione di prova", "Consulta welfare", kind, start, start.plusSeconds(3600), false,
				kind == MeetingKind.ONLINE ? null : "Sala", null, kind == MeetingKind.ONLINE ? null : "Perugia",
				onlineUrl, "", null, null, List.of(), List.of(), start);
	}

}
