package it.anci.welfare.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import it.anci.welfare.catalogue.CatalogueDates;
import it.anci.welfare.common.TimeConfiguration;
import it.anci.welfare.doctemplates.DocumentTemplate;
import it.anci.welfare.doctemplates.DocumentTemplateService;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingService;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VCARD4;

import org.springframework.stereotype.Service;

/**
 * The portal's datasets as a DCAT-AP_IT catalogue (the Italian profile harvested by the
 * national catalogue): the practice cards with their CSV, JSON and XLSX exports, the
 * document templates by category, the meetings calendar. Dates come from the data: a
 * dataset was modified when its last item was.
 */
@Service
public class DcatCatalogue {

	public static final String DCATAPIT = "http://dati.gov.it/onto/dcatapit#";

	private static final String EU = "http://publications.europa.eu/resource/authority/";

	private static final String LICENCE_NAME = "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)";

	private final CatalogueDates catalogue;

	private final DocumentTemplateService templates;

	private final MeetingService meetings;

	private final OpenDataProperties properties;

	DcatCatalogue(CatalogueDates catalogue, DocumentTemplateService templates, MeetingService meetings,
			OpenDataProperties properties) {
		this.catalogue = catalogue;
		this.templates = templates;
		this.meetings = meetings;
		this.properties = properties;
	}

	public Model model(String base) {
		Model m = ModelFactory.createDefaultModel();
		m.setNsPrefix("dcat", DCAT.NS);
		m.setNsPrefix("dct", DCTerms.NS);
		m.setNsPrefix("dcatapit", DCATAPIT);
		m.setNsPrefix("foaf", FOAF.NS);
		m.setNsPrefix("vcard", VCARD4.NS);
		m.setNsPrefix("rdfs", RDFS.uri);
		m.setNsPrefix("xsd", XSDDatatype.XSD + "#");

		Resource publisher = m.createResource(base + "/dati#anci-umbria", m.createResource(DCATAPIT + "Agent"))
			.addProperty(RDF.type, FOAF.Agent)
			.addProperty(FOAF.name, SchemaOrg.PUBLISHER, "it")
			.addProperty(DCTerms.identifier, this.properties.publisherId())
			.addProperty(FOAF.homepage, m.createResource(SchemaOrg.PUBLISHER_URL));
		Resource licence = m.createResource(SchemaOrg.LICENCE, m.createResource(DCATAPIT + "LicenseDocument"))
			.addProperty(RDF.type, DCTerms.LicenseDocument)
			.addProperty(DCTerms.type, m.createResource("http://purl.org/adms/licencetype/Attribution"))
			.addProperty(FOAF.name, LICENCE_NAME, "it");

		Instant practicesChanged = this.catalogue.lastChange().orElse(Instant.EPOCH);
		List<DocumentTemplateService.Dated> dated = this.templates.dated();
		Instant templatesChanged = dated.stream()
			.map(DocumentTemplateService.Dated::updatedAt)
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		List<Meeting> meetingList = this.meetings.all();
		Instant meetingsChanged = meetingList.stream()
			.map(Meeting::updatedAt)
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH);

		DatasetWriter writer = new DatasetWriter(m, base, publisher, licence, this.properties);
		Resource practices = writer.dataset("pratiche", "Pratiche di welfare dei Comuni",
				"Le schede delle pratiche di welfare attivate dai Comuni e dagli enti sociali italiani nel 2020, "
						+ "documentate da fonti pubbliche: ente, territorio (codici ISTAT), classificazione, aree di "
						+ "servizio e di utenza, interventi, canali, avvio, riscontri, prosecuzione, contatti e fonti.",
				date(practicesChanged), List.of("SOCI"), "/pratiche")
			.addProperty(DCTerms.rights, m.createResource()
				.addProperty(RDF.type, DCTerms.RightsStatement)
				.addProperty(RDFS.label,
						"Testi della redazione di ANCI Umbria, CC BY 4.0. Dati territoriali: «Fonte: ISTAT» "
								+ "(CC BY 3.0 IT). Le schede che citano segnalazioni di Covid19Italia.help (emergenzeHack, "
								+ "dataset covid19italia_data, CC BY 4.0) ne riformulano i testi e le attribuiscono.",
						"it"))
			.addProperty(DCTerms.source, m.createResource("https://www.istat.it/it/archivio/6789"))
			.addProperty(DCTerms.source, m.createResource("https://github.com/emergenzeHack/covid19italia_data"));
		writer.distribution(practices, "csv", "/pratiche.csv", "CSV", "text/csv",
				"Tutte le schede pubblicate, una riga per scheda, separatore punto e virgola, UTF-8");
		writer.distribution(practices, "json", "/pratiche.json", "JSON", "application/json",
				"Tutte le schede pubblicate come elenco JSON");
		writer.distribution(practices, "xlsx", "/pratiche.xlsx", "XLSX",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"Tutte le schede pubblicate in un foglio Excel con le colonne del CSV");

		Resource templateSet = writer.dataset("modelli", "Modelli di documenti per i Comuni",
				"Fac-simile di atti, moduli e avvisi che i Comuni adattano, in DOCX, ODT e PDF, raccolti per categoria.",
				date(templatesChanged), List.of("GOVE", "SOCI"), "/modelli");
		Map<String, List<DocumentTemplate>> categories = this.templates.byCategory();
		categories.forEach(
				(name, inCategory) -> writer.distribution(templateSet, "categoria-" + inCategory.get(0).categorySlug(),
						"/modelli/categorie/" + inCategory.get(0).categorySlug() + ".zip", "ZIP", "application/zip",
						"Categoria «" + name + "»: i file DOCX, ODT e PDF di ogni modello in un archivio ZIP"));

		Resource calendar = writer.dataset("riunioni", "Calendario delle riunioni",
				"Le convocazioni degli organi e dei gruppi di lavoro di ANCI Umbria sul welfare: data, ora, luogo e "
						+ "organo, in formato iCalendar da sottoscrivere.",
				date(meetingsChanged), List.of("GOVE"), "/riunioni");
		writer.distribution(calendar, "ics", "/riunioni/calendario.ics", "ICS", "text/calendar",
				"Tutte le riunioni pubblicate (iCalendar, RFC 5545)");

		Resource catalog = m.createResource(base + "/dati/catalogo", m.createResource(DCATAPIT + "Catalog"))
			.addProperty(RDF.type, DCAT.Catalog)
			.addProperty(DCTerms.title, "Dati aperti del Portale Welfare dei Comuni", "it")
			.addProperty(DCTerms.description,
					"I dataset pubblicati da ANCI Umbria sul Portale Welfare dei Comuni: "
							+ "pratiche di welfare dei Comuni, modelli di documenti, calendario delle riunioni.",
					"it")
			.addProperty(DCTerms.publisher, publisher)
			.addProperty(DCTerms.modified,
					date(List.of(practicesChanged, templatesChanged, meetingsChanged)
						.stream()
						.max(Instant::compareTo)
						.orElseThrow()),
					XSDDatatype.XSDdate)
			.addProperty(DCTerms.language, m.createResource(EU + "language/ITA"))
			.addProperty(FOAF.homepage, m.createResource(base + "/dati"))
			.addProperty(DCAT.themeTaxonomy, m.createResource(EU + "data-theme"));
		List.of(practices, templateSet, calendar).forEach(d -> catalog.addProperty(DCAT.dataset, d));
		return m;
	}

	static String date(Instant instant) {
		return LocalDate.ofInstant(instant, TimeConfiguration.ROME).toString();
	}

	static final String EU_VOCABULARIES = EU;

}
