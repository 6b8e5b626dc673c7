package it.anci.welfare.opendata;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.util.ModelBuilder;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;

import static org.eclipse.rdf4j.model.util.Values.iri;
import static org.eclipse.rdf4j.model.util.Values.literal;

/**
 * Writes one DCAT-AP_IT dataset and its distributions, with what every dataset of the
 * portal shares.
 */
final class DatasetWriter {

	private final ModelBuilder rdf;

	private final String base;

	private final IRI catalog;

	private final IRI publisher;

	private final IRI licence;

	private final OpenDataProperties properties;

	DatasetWriter(ModelBuilder rdf, String base, IRI catalog, IRI publisher, IRI licence,
			OpenDataProperties properties) {
		this.rdf = rdf;
		this.base = base;
		this.catalog = catalog;
		this.publisher = publisher;
		this.licence = licence;
		this.properties = properties;
	}

	/**
	 * Updated whenever an item is published or changed, not on a schedule: the EU
	 * frequency "irregular".
	 */
	IRI dataset(String id, String title, String description, LocalDate modified, List<String> themes, String landing) {
		IRI dataset = iri(this.base + "/dati/" + id);
		this.rdf.add(this.catalog, DCAT.HAS_DATASET, dataset)
			.subject(dataset)
			.add(RDF.TYPE, iri(DcatCatalogue.DCATAPIT, "Dataset"))
			.add(RDF.TYPE, DCAT.DATASET)
			.add(DCTERMS.IDENTIFIER, this.properties.publisherId() + ":" + id)
			.add(DCTERMS.TITLE, italian(title))
			.add(DCTERMS.DESCRIPTION, italian(description))
			.add(DCTERMS.MODIFIED, modified)
			.add(DCTERMS.RIGHTS_HOLDER, this.publisher)
			.add(DCTERMS.PUBLISHER, this.publisher)
			.add(DCTERMS.ACCRUAL_PERIODICITY, iri(DcatCatalogue.EU_VOCABULARIES + "frequency/IRREG"))
			.add(DCTERMS.LANGUAGE, iri(DcatCatalogue.EU_VOCABULARIES + "language/ITA"))
			.add(DCAT.LANDING_PAGE, iri(this.base + landing));
		themes.forEach(
				theme -> this.rdf.add(dataset, DCAT.THEME, iri(DcatCatalogue.EU_VOCABULARIES + "data-theme/" + theme)));
		if (this.properties.contactEmail() != null) {
			IRI contact = iri(this.base + "/dati#contatto");
			this.rdf.add(dataset, DCAT.CONTACT_POINT, contact)
				.subject(contact)
				.add(RDF.TYPE, iri(DcatCatalogue.DCATAPIT, "Organization"))
				.add(RDF.TYPE, VCARD4.ORGANIZATION)
				.add(VCARD4.FN, italian("Redazione del Portale Welfare dei Comuni – " + SchemaOrg.PUBLISHER))
				.add(VCARD4.HAS_EMAIL, iri("mailto:" + this.properties.contactEmail()));
		}
		return dataset;
	}

	void distribution(IRI dataset, String id, String path, String fileType, String mediaType, String description) {
		IRI distribution = iri(dataset.stringValue() + "/" + id);
		this.rdf.add(dataset, DCAT.HAS_DISTRIBUTION, distribution)
			.subject(distribution)
			.add(RDF.TYPE, iri(DcatCatalogue.DCATAPIT, "Distribution"))
			.add(RDF.TYPE, DCAT.DISTRIBUTION)
			.add(DCTERMS.FORMAT, iri(DcatCatalogue.EU_VOCABULARIES + "file-type/" + fileType))
			.add(DCAT.MEDIA_TYPE, iri("https://www.iana.org/assignments/media-types/" + mediaType))
			.add(DCAT.ACCESS_URL, iri(this.base + path))
			.add(DCAT.DOWNLOAD_URL, iri(this.base + path))
			.add(DCTERMS.LICENSE, this.licence)
			.add(DCTERMS.TITLE, italian(description.split(":")[0]))
			.add(DCTERMS.DESCRIPTION, italian(description));
	}

	/** The portal's texts are Italian: every title, name and description says so. */
	static Literal italian(String text) {
		return literal(text, "it");
	}

}
