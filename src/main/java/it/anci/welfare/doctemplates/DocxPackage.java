package it.anci.welfare.doctemplates;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A DOCX package being written, part by part (for {@link DocxWriter}): the parts every
 * document shares are copied from {@code doctemplates/docx/}, the others written with an
 * {@link XMLStreamWriter}, which escapes all text.
 */
final class DocxPackage implements Closeable {

	private static final String RESOURCES = "/doctemplates/docx/";

	/**
	 * Entries get this time instead of the clock's, so that the same text gives the same
	 * bytes.
	 */
	private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final ZipOutputStream zip;

	DocxPackage(OutputStream out) {
		this.zip = new ZipOutputStream(out);
	}

	/** An XML part's content, written into its entry. */
	interface Part {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	void write(String name, Part part) throws IOException {
		entry(name);
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(this.zip, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			part.write(xml);
			xml.writeEndDocument();
			// into this entry; closing the writer leaves the zip open for the next one
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException("cannot write " + name, ex);
		}
	}

	/**
	 * A part every document shares, with the font and language of the documents filled
	 * in.
	 */
	void copy(String name, String resource) throws IOException {
		entry(name);
		this.zip.write(resource(resource).replace("{font}", DocumentWriters.DOCUMENT_FONT)
			.replace("{language}", TaggedPdf.LANGUAGE)
			.getBytes(StandardCharsets.UTF_8));
	}

	/** The core and the application properties: title, author, language, application. */
	void properties(String title) throws IOException {
		write("docProps/core.xml", xml -> coreProperties(xml, title));
		write("docProps/app.xml", DocxPackage::appProperties);
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	private static void coreProperties(XMLStreamWriter xml, String title) throws XMLStreamException {
		String cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
		String dc = "http://purl.org/dc/elements/1.1/";
		xml.writeStartElement("cp", "coreProperties", cp);
		xml.writeNamespace("cp", cp);
		xml.writeNamespace("dc", dc);
		textElement(xml, "dc", dc, "title", title);
		textElement(xml, "dc", dc, "creator", TaggedPdf.AUTHOR);
		textElement(xml, "dc", dc, "language", TaggedPdf.LANGUAGE);
		textElement(xml, "cp", cp, "lastModifiedBy", TaggedPdf.AUTHOR);
		xml.writeEndElement();
	}

	private static void appProperties(XMLStreamWriter xml) throws XMLStreamException {
		String extended = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
		xml.writeStartElement("", "Properties", extended);
		xml.writeDefaultNamespace(extended);
		textElement(xml, "", extended, "Application", TaggedPdf.CREATOR);
		xml.writeEndElement();
	}

	private static void textElement(XMLStreamWriter xml, String prefix, String namespace, String name, String text)
			throws XMLStreamException {
		xml.writeStartElement(prefix, name, namespace);
		xml.writeCharacters(xmlCharacters(text));
		xml.writeEndElement();
	}

	/**
	 * The writer escapes markup but not characters XML cannot hold at all (most control
	 * characters): a pasted one would make the part unreadable, so it is left out.
	 */
	static String xmlCharacters(String text) {
		return text.replaceAll("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", "");
	}

	private void entry(String name) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(ENTRY_TIME);
		this.zip.putNextEntry(entry);
	}

	private static String resource(String name) {
		try (InputStream in = DocxPackage.class.getResourceAsStream(RESOURCES + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
