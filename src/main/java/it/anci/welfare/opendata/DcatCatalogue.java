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
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.ModelBuilder;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;
import org.eclipse.rdf4j.model.vocabulary.XSD;

import org.springframework.stereotype.Service;

import static it.anci.welfare.opendata.DatasetWriter.italian;
import static org.eclipse.rdf4j.model.util.Values.bnode;
import static org.eclipse.rdf4j.model.util.Values.iri;

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

	/**
	 * Built top down, in the order the RDF/XML nests it: the catalogue, its publisher,
	 * each dataset after the catalogue's link to it and each distribution after its
	 * dataset's.
	 */
	public Model model(String base) {
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

		ModelBuilder rdf = new ModelBuilder().setNamespace("dcat", DCAT.NAMESPACE)
			.setNamespace("dct", DCTERMS.NAMESPACE)
			.setNamespace("dcatapit", DCATAPIT)
			.setNamespace("foaf", FOAF.NAMESPACE)
			.setNamespace("vcard", VCARD4.NAMESPACE)
			.setNamespace("rdfs", RDFS.NAMESPACE)
			.setNamespace("xsd", XSD.NAMESPACE);
		IRI catalog = iri(base + "/dati/catalogo");
		IRI publisher = iri(base + "/dati#anci-umbria");
		IRI licence = iri(SchemaOrg.LICENCE);

		rdf.subject(catalog)
			.add(RDF.TYPE, iri(DCATAPIT, "Catalog"))
			.add(RDF.TYPE, DCAT.CATALOG)
			.add(DCTERMS.TITLE, italian("Dati aperti del Portale Welfare dei Comuni"))
			.add(DCTERMS.DESCRIPTION,
					italian("I dataset pubblicati da ANCI Umbria sul Portale Welfare dei Comuni: "
							+ "pratiche di welfare dei Comuni, modelli di documenti, calendario delle riunioni."))
			.add(DCTERMS.MODIFIED,
					date(List.of(practicesChanged, templatesChanged, meetingsChanged)
						.stream()
						.max(Instant::compareTo)
						.orElseThrow()))
			.add(DCTERMS.LANGUAGE, iri(EU + "language/ITA"))
			.add(FOAF.HOMEPAGE, iri(base + "/dati"))
			.add(DCAT.THEME_TAXONOMY, iri(EU + "data-theme"))
			.add(DCTERMS.PUBLISHER, publisher)
			.subject(publisher)
			.add(RDF.TYPE, iri(DCATAPIT, "Agent"))
			.add(RDF.TYPE, FOAF.AGENT)
			.add(FOAF.NAME, italian(SchemaOrg.PUBLISHER))
			.add(DCTERMS.IDENTIFIER, this.properties.publisherId())
			.add(FOAF.HOMEPAGE, iri(SchemaOrg.PUBLISHER_URL));

		DatasetWriter writer = new DatasetWriter(rdf, base, catalog, publisher, licence, this.properties);
		IRI practices = writer.dataset("pratiche", "Pratiche di welfare dei Comuni",
				"Le schede delle pratiche di welfare attivate dai Comuni e dagli enti sociali italiani nel 2020, "
						+ "documentate da fonti pubbliche: ente, territorio (codici ISTAT), classificazione, aree di "
						+ "servizio e di utenza, interventi, canali, avvio, riscontri, prosecuzione, contatti e fonti.",
				date(practicesChanged), List.of("SOCI"), "/pratiche");
		BNode rights = bnode();
		rdf.add(practices, DCTERMS.RIGHTS, rights)
			.subject(rights)
			.add(RDF.TYPE, DCTERMS.RIGHTS_STATEMENT)
			.add(RDFS.LABEL,
					italian("Testi della redazione di ANCI Umbria, CC BY 4.0. Dati territoriali: «Fonte: ISTAT» "
							+ "(CC BY 3.0 IT). Le schede che citano segnalazioni di Covid19Italia.help (emergenzeHack, "
							+ "dataset covid19italia_data, CC BY 4.0) ne riformulano i testi e le attribuiscono."))
			.subject(practices)
			.add(DCTERMS.SOURCE, iri("https://www.istat.it/it/archivio/6789"))
			.add(DCTERMS.SOURCE, iri("https://github.com/emergenzeHack/covid19italia_data"));
		writer.distribution(practices, "csv", "/pratiche.csv", "CSV", "text/csv",
				"Tutte le schede pubblicate, una riga per scheda, separatore punto e virgola, UTF-8");
		writer.distribution(practices, "json", "/pratiche.json", "JSON", "application/json",
				"Tutte le schede pubblicate come elenco JSON");
		writer.distribution(practices, "xlsx", "/pratiche.xlsx", "XLSX",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"Tutte le schede pubblicate in un foglio Excel con le colonne del CSV");

		IRI templateSet = writer.dataset("modelli", "Modelli di documenti per i Comuni",
				"Fac-simile di atti, moduli e avvisi che i Comuni adattano, in DOCX, ODT e PDF, raccolti per categoria.",
				date(templatesChanged), List.of("GOVE", "SOCI"), "/modelli");
		Map<String, List<DocumentTemplate>> categories = this.templates.byCategory();
		categories.forEach(
				(name, inCategory) -> writer.distribution(templateSet, "categoria-" + inCategory.get(0).categorySlug(),
						"/modelli/categorie/" + inCategory.get(0).categorySlug() + ".zip", "ZIP", "application/zip",
						"Categoria «" + name + "»: i file DOCX, ODT e PDF di ogni modello in un archivio ZIP"));

		IRI calendar = writer.dataset("riunioni", "Calendario delle riunioni",
				"Le convocazioni degli organi e dei gruppi di lavoro di ANCI Umbria sul welfare: data, ora, luogo e "
						+ "organo, in formato iCalendar da sottoscrivere.",
				date(meetingsChanged), List.of("GOVE"), "/riunioni");
		writer.distribution(calendar, "ics", "/riunioni/calendario.ics", "ICS", "text/calendar",
				"Tutte le riunioni pubblicate (iCalendar, RFC 5545)");

		rdf.subject(licence)
			.add(RDF.TYPE, iri(DCATAPIT, "LicenseDocument"))
			.add(RDF.TYPE, DCTERMS.LICENSE_DOCUMENT)
			.add(DCTERMS.TYPE, iri("http://purl.org/adms/licencetype/Attribution"))
			.add(FOAF.NAME, italian(LICENCE_NAME));
		return rdf.build();
	}

	/** A day in Rome: an xsd:date in the graph. */
	static LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, TimeConfiguration.ROME);
	}

	static final String EU_VOCABULARIES = EU;

}
