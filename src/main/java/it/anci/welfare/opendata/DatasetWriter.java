package it.anci.welfare.opendata;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;

/**
 * Writes one DCAT-AP_IT dataset and its distributions, with what every dataset of the
 * portal shares.
 */
final class DatasetWriter {

	private final Model m;

	private final String base;

	private final Resource publisher;

	private final Resource licence;

	private final OpenDataProperties properties;

	DatasetWriter(Model m, String base, Resource publisher, Resource licence, OpenDataProperties properties) {
		this.m = m;
		this.base = base;
		this.publisher = publisher;
		this.licence = licence;
		this.properties = properties;
	}

	/**
	 * Updated whenever an item is published or changed, not on a schedule: the EU
	 * frequency "irregular".
	 */
	Resource dataset(String id, String title, String description, String modified, List<String> themes,
			String landing) {
		Resource dataset = this.m
			.createResource(this.base + "/dati/" + id, this.m.createResource(DcatCatalogue.DCATAPIT + "Dataset"))
			.addProperty(RDF.type, DCAT.Dataset)
			.addProperty(DCTerms.identifier, this.properties.publisherId() + ":" + id)
			.addProperty(DCTerms.title, title, "it")
			.addProperty(DCTerms.description, description, "it")
			.addProperty(DCTerms.modified, modified, XSDDatatype.XSDdate)
			.addProperty(DCTerms.rightsHolder, this.publisher)
			.addProperty(DCTerms.publisher, this.publisher)
			.addProperty(DCTerms.accrualPeriodicity,
					this.m.createResource(DcatCatalogue.EU_VOCABULARIES + "frequency/IRREG"))
			.addProperty(DCTerms.language, this.m.createResource(DcatCatalogue.EU_VOCABULARIES + "language/ITA"))
			.addProperty(DCAT.landingPage, this.m.createResource(this.base + landing));
		themes.forEach(theme -> dataset.addProperty(DCAT.theme,
				this.m.createResource(DcatCatalogue.EU_VOCABULARIES + "data-theme/" + theme)));
		if (this.properties.contactEmail() != null) {
			dataset.addProperty(DCAT.contactPoint, this.m
				.createResource(this.base + "/dati#contatto",
						this.m.createResource(DcatCatalogue.DCATAPIT + "Organization"))
				.addProperty(RDF.type, VCARD4.Organization)
				.addProperty(VCARD4.fn, "Redazione del Portale Welfare dei Comuni – " + SchemaOrg.PUBLISHER, "it")
				.addProperty(VCARD4.hasEmail, this.m.createResource("mailto:" + this.properties.contactEmail())));
		}
		return dataset;
	}

	void distribution(Resource dataset, String id, String path, String fileType, String mediaType, String description) {
		Resource distribution = this.m
			.createResource(dataset.getURI() + "/" + id, this.m.createResource(DcatCatalogue.DCATAPIT + "Distribution"))
			.addProperty(RDF.type, DCAT.Distribution)
			.addProperty(DCTerms.format, this.m.createResource(DcatCatalogue.EU_VOCABULARIES + "file-type/" + fileType))
			.addProperty(DCAT.mediaType,
					this.m.createResource("https://www.iana.org/assignments/media-types/" + mediaType))
			.addProperty(DCAT.accessURL, this.m.createResource(this.base + path))
			.addProperty(DCAT.downloadURL, this.m.createResource(this.base + path))
			.addProperty(DCTerms.license, this.licence)
			.addProperty(DCTerms.title, description.split(":")[0], "it")
			.addProperty(DCTerms.description, description, "it");
		dataset.addProperty(DCAT.distribution, distribution);
	}

}
