package it.anci.welfare.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The type of an Office Open XML package's main part, found as Office finds it: the
 * package's relationships name the main part, its content types give that part's type.
 */
final class OfficePackages {

	/**
	 * The most read of the relationships or the content types, a few kilobytes in a real
	 * package: a zip bomb in their place is refused before it fills the memory.
	 */
	static final int MAX_PART_BYTES = 1024 * 1024;

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

	private static final String MAIN_PART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

	private OfficePackages() {
	}

	/**
	 * The content type of the package's main part, e.g. "application/vnd.openxmlformats-
	 * officedocument.wordprocessingml.document.main+xml"; empty when {@code content} is
	 * not a zip, has no main part or its package parts cannot be read.
	 */
	static Optional<String> mainPartType(byte[] content) {
		// a zip's central directory finds the three entries without inflating the others,
		// which could be a bomb of their own
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			Optional<String> main = mainPart(xml(zip, "_rels/.rels"));
			if (main.isEmpty() || entry(zip, main.get().substring(1)) == null) {
				return Optional.empty();
			}
			return contentType(xml(zip, "[Content_Types].xml"), main.get());
		}
		catch (Exception notAPackage) {
			return Optional.empty();
		}
	}

	/**
	 * The name of the part the main relationship points to, e.g. "/word/document.xml".
	 */
	private static Optional<String> mainPart(Document relationships) {
		NodeList all = relationships.getElementsByTagNameNS(RELATIONSHIPS, "Relationship");
		for (int i = 0; i < all.getLength(); i++) {
			Element relationship = (Element) all.item(i);
			if (MAIN_PART.equals(relationship.getAttribute("Type"))) {
				URI target = URI.create("/").resolve(relationship.getAttribute("Target")).normalize();
				return target.isAbsolute() ? Optional.empty() : Optional.of(target.getRawPath());
			}
		}
		return Optional.empty();
	}

	/** The part's own content type, else the default of its extension. */
	private static Optional<String> contentType(Document types, String partName) {
		String extension = partName.substring(partName.lastIndexOf('/') + 1);
		extension = extension.contains(".") ? extension.substring(extension.lastIndexOf('.') + 1) : "";
		Optional<String> override = typeWhere(types, "Override", "PartName", partName);
		return override.isPresent() ? override : typeWhere(types, "Default", "Extension", extension);
	}

	/** Part names and extensions compare ignoring case, as the OPC standard says. */
	private static Optional<String> typeWhere(Document types, String element, String attribute, String value) {
		NodeList all = types.getElementsByTagNameNS(CONTENT_TYPES, element);
		for (int i = 0; i < all.getLength(); i++) {
			Element type = (Element) all.item(i);
			if (value.equalsIgnoreCase(type.getAttribute(attribute))) {
				return Optional.of(type.getAttribute("ContentType"));
			}
		}
		return Optional.empty();
	}

	/**
	 * An entry parsed with no DTD, no external entity or schema and the parser's secure
	 * limits: an uploaded package is written by anyone.
	 */
	private static Document xml(ZipFile zip, String name) throws Exception {
		ZipArchiveEntry entry = entry(zip, name);
		if (entry == null) {
			throw new IOException("no " + name);
		}
		byte[] bytes;
		try (InputStream in = zip.getInputStream(entry)) {
			bytes = in.readNBytes(MAX_PART_BYTES + 1);
		}
		if (bytes.length > MAX_PART_BYTES) {
			throw new IOException(name + " is larger than " + MAX_PART_BYTES + " bytes");
		}
		// the JDK's own parser, whatever other parser a library brings (the ODF Toolkit
		// brings Xerces, which knows no JAXP access properties)
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		DocumentBuilder parser = factory.newDocumentBuilder();
		// fails on what is not well formed, without the default handler's print to stderr
		parser.setErrorHandler(new DefaultHandler());
		return parser.parse(new ByteArrayInputStream(bytes));
	}

	private static ZipArchiveEntry entry(ZipFile zip, String name) {
		return Collections.list(zip.getEntries())
			.stream()
			.filter(entry -> entry.getName().equalsIgnoreCase(name))
			.findFirst()
			.orElse(null);
	}

}
