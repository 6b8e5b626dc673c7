package it.anci.welfare.opendata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DCAT-AP_IT catalogue in its three syntaxes, validated with Jena SHACL against the
 * profile's mandatory shapes.
 */
@PortalTest
class DcatCatalogueTests {

	private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("shacl/dcat-ap_it-mandatory.ttl"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCatalogueConformsToTheMandatoryShapesInEverySyntax() {
		Model turtle = load("/dati/catalogo.ttl", "text/turtle", Lang.TURTLE);
		Model rdfXml = load("/dati/catalogo.rdf", "application/rdf+xml", Lang.RDFXML);
		Model jsonLd = load("/dati/catalogo.jsonld", "application/ld+json", Lang.JSONLD);
		assertThat(rdfXml.isIsomorphicWith(turtle)).isTrue();
		assertThat(jsonLd.isIsomorphicWith(turtle)).isTrue();

		ValidationReport report = ShaclValidator.get().validate(SHAPES, turtle.getGraph());
		assertThat(report.getEntries()).as("SHACL violations").isEmpty();
		assertThat(report.conforms()).isTrue();
		assertThat(turtle
			.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
					turtle.createResource(DcatCatalogue.DCATAPIT + "Dataset"))
			.toList()).hasSize(3);
	}

	/**
	 * Read back by another library than the one that wrote them: one graph in the three
	 * syntaxes, each declaring the prefixes (the JSON-LD in its context, compacted), with
	 * typed dates and Italian texts; the JSON-LD read by a JSON-LD 1.1 processor.
	 */
	@Test
	void theThreeSyntaxesCarryOneGraphWithThePrefixes() {
		Model turtle = load("/dati/catalogo.ttl", "text/turtle", Lang.TURTLE);
		Model rdfXml = load("/dati/catalogo.rdf", "application/rdf+xml", Lang.RDFXML);
		Model jsonLd = load("/dati/catalogo.jsonld", "application/ld+json", Lang.JSONLD11);
		assertThat(turtle.size()).isGreaterThan(100);
		assertThat(rdfXml.isIsomorphicWith(turtle)).isTrue();
		assertThat(jsonLd.isIsomorphicWith(turtle)).isTrue();

		Map<String, String> prefixes = Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/",
				"dcatapit", DcatCatalogue.DCATAPIT, "foaf", "http://xmlns.com/foaf/0.1/", "vcard",
				"http://www.w3.org/2006/vcard/ns#", "rdfs", "http://www.w3.org/2000/01/rdf-schema#", "xsd",
				"http://www.w3.org/2001/XMLSchema#");
		List.of(turtle, rdfXml, jsonLd)
			.forEach(model -> assertThat(model.getNsPrefixMap()).containsAllEntriesOf(prefixes));

		Resource catalog = turtle.getResource("http://localhost:" + this.port + "/dati/catalogo");
		assertThat(catalog.getProperty(DCTerms.modified).getLiteral().getDatatypeURI()).isEqualTo(XSD.date.getURI());
		assertThat(catalog.getProperty(DCTerms.title).getLanguage()).isEqualTo("it");
	}

	@Test
	void datasetsSayWhenTheirDataLastChangedWhoHoldsItAndUnderWhichLicence() {
		Model model = load("/dati/catalogo.ttl", "text/turtle", Lang.TURTLE);
		String base = "http://localhost:" + this.port;
		Resource practices = model.getResource(base + "/dati/pratiche");
		LocalDate lastCard = this.jdbc
			.sql("select (max(updated_at) at time zone 'Europe/Rome')::date from practice "
					+ "where status = 'PUBLISHED'")
			.query(LocalDate.class)
			.single();
		assertThat(practices.getProperty(DCTerms.modified).getString()).isEqualTo(lastCard.toString());
		LocalDate lastTemplate = this.jdbc
			.sql("select (max(updated_at) at time zone 'Europe/Rome')::date from doc_template "
					+ "where status = 'PUBLISHED'")
			.query(LocalDate.class)
			.single();
		assertThat(model.getResource(base + "/dati/modelli").getProperty(DCTerms.modified).getString())
			.isEqualTo(lastTemplate.toString());
		assertThat(practices.getProperty(DCAT.theme).getResource().getURI())
			.isEqualTo("http://publications.europa.eu/resource/authority/data-theme/SOCI");
		assertThat(practices.getPropertyResourceValue(DCTerms.rightsHolder)
			.getProperty(org.apache.jena.sparql.vocabulary.FOAF.name)
			.getString()).isEqualTo("ANCI Umbria");
		assertThat(practices.getProperty(DCTerms.rights)
			.getResource()
			.getProperty(org.apache.jena.vocabulary.RDFS.label)
			.getString()).contains("Covid19Italia.help", "CC BY 4.0", "Fonte: ISTAT");

		List<String> downloads = practices.listProperties(DCAT.distribution)
			.mapWith(s -> s.getResource().getPropertyResourceValue(DCAT.downloadURL).getURI())
			.toList();
		assertThat(downloads).containsExactlyInAnyOrder(base + "/pratiche.csv", base + "/pratiche.json",
				base + "/pratiche.xlsx");
		practices.listProperties(DCAT.distribution)
			.forEach(d -> assertThat(d.getResource().getPropertyResourceValue(DCTerms.license).getURI())
				.isEqualTo("https://creativecommons.org/licenses/by/4.0/"));
		for (String url : downloads) { // every distribution answers
			assertThat(Http.get(this.port, url.substring(base.length()), "*/*").statusCode()).as(url).isEqualTo(200);
		}
	}

	/**
	 * The shapes can fail: a dataset without its rights holder and a catalogue without
	 * its date are reported.
	 */
	@Test
	void aCatalogueMissingMandatoryPropertiesFailsValidation() {
		Model model = load("/dati/catalogo.ttl", "text/turtle", Lang.TURTLE);
		String base = "http://localhost:" + this.port;
		model.getResource(base + "/dati/riunioni").removeAll(DCTerms.rightsHolder);
		model.getResource(base + "/dati/catalogo").removeAll(DCTerms.modified);
		model.getResource(base + "/dati/pratiche/csv").removeAll(DCTerms.license);
		Graph broken = model.getGraph();
		ValidationReport report = ShaclValidator.get().validate(SHAPES, broken);
		assertThat(report.conforms()).isFalse();
		assertThat(report.getEntries()).extracting(e -> e.focusNode().getURI() + " " + e.resultPath())
			.containsExactlyInAnyOrder(base + "/dati/riunioni <" + DCTerms.rightsHolder.getURI() + ">",
					base + "/dati/catalogo <" + DCTerms.modified.getURI() + ">",
					base + "/dati/pratiche/csv <" + DCTerms.license.getURI() + ">");
	}

	@Test
	void theOpenDataPageExplainsEveryColumnOfThePracticesExport() {
		String csv = Http.get(this.port, "/pratiche.csv", "text/csv").body().replace("\uFEFF", "");
		List<String> columns = List.of(csv.substring(0, csv.indexOf("\r\n")).split(";"));
		assertThat(columns).hasSizeGreaterThan(30);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Http.get(this.port, "/dati").body());
		assertThat(page.select("table tbody th code").eachText()).containsExactlyElementsOf(columns);
		assertThat(page.select("a[href=/dati/catalogo.rdf], a[href=/dati/catalogo.ttl], a[href=/dati/catalogo.jsonld]"))
			.hasSize(3);
		org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(Http.get(this.port, "/").body());
		assertThat(home.select("footer a[href=/dati]")).hasSize(1);
	}

	private Model load(String path, String accept, Lang lang) {
		var response = Http.get(this.port, path, accept);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
		Model model = ModelFactory.createDefaultModel();
		RDFDataMgr.read(model, new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
		return model;
	}

}
