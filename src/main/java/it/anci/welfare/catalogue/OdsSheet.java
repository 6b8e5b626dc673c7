package it.anci.welfare.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An OpenDocument spreadsheet (ODS, ODF 1.2) written row by row into its ZIP, so that a
 * whole catalogue never sits in memory (the ODF Toolkit builds the whole document as a
 * DOM first). Texts are string cells, so "054039" keeps its zero and nothing is read as a
 * formula; counts are number cells. The tests check every file with the ODF validator.
 */
final class OdsSheet implements AutoCloseable {

	private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

	private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

	private final ZipOutputStream zip;

	private final XMLStreamWriter xml;

	/**
	 * Opens the sheet {@code name} and writes {@code header} as its first row, in bold.
	 */
	OdsSheet(OutputStream out, String name, List<String> header) throws IOException {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		storedMimetype();
		entry("META-INF/manifest.xml",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
						 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>
						 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
						 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
						 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
						</manifest:manifest>"""
					.formatted(MIMETYPE));
		entry("styles.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-styles xmlns:office="%s" office:version="1.2"/>""".formatted(OFFICE));
		entry("meta.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-meta xmlns:office="%s" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
				    xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta>
				 <meta:generator>Portale Welfare dei Comuni</meta:generator><dc:title>%s</dc:title>
				 <meta:initial-creator>ANCI Umbria</meta:initial-creator><dc:language>it-IT</dc:language>
				</office:meta></office:document-meta>""".formatted(OFFICE, name));
		this.zip.putNextEntry(new ZipEntry("content.xml"));
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(this.zip, "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
			this.xml.writeStartElement("office", "document-content", OFFICE);
			this.xml.writeNamespace("office", OFFICE);
			this.xml.writeNamespace("table", TABLE);
			this.xml.writeNamespace("text", TEXT);
			this.xml.writeNamespace("style", STYLE);
			this.xml.writeNamespace("fo", FO);
			this.xml.writeAttribute("office", OFFICE, "version", "1.2");
			this.xml.writeStartElement("office", "automatic-styles", OFFICE);
			this.xml.writeStartElement("style", "style", STYLE);
			this.xml.writeAttribute("style", STYLE, "name", "header");
			this.xml.writeAttribute("style", STYLE, "family", "table-cell");
			this.xml.writeEmptyElement("style", "text-properties", STYLE);
			this.xml.writeAttribute("fo", FO, "font-weight", "bold");
			this.xml.writeEndElement();
			this.xml.writeEndElement();
			this.xml.writeStartElement("office", "body", OFFICE);
			this.xml.writeStartElement("office", "spreadsheet", OFFICE);
			this.xml.writeStartElement("table", "table", TABLE);
			this.xml.writeAttribute("table", TABLE, "name", name);
			this.xml.writeEmptyElement("table", "table-column", TABLE);
			this.xml.writeAttribute("table", TABLE, "number-columns-repeated", String.valueOf(header.size()));
			row(List.copyOf(header), "header");
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	void row(List<?> values) {
		row(values, null);
	}

	private void row(List<?> values, String style) {
		try {
			this.xml.writeStartElement("table", "table-row", TABLE);
			for (Object value : values) {
				this.xml.writeStartElement("table", "table-cell", TABLE);
				if (style != null) {
					this.xml.writeAttribute("table", TABLE, "style-name", style);
				}
				if (value instanceof Number number) {
					this.xml.writeAttribute("office", OFFICE, "value-type", "float");
					this.xml.writeAttribute("office", OFFICE, "value", number.toString());
				}
				else if (value != null) {
					this.xml.writeAttribute("office", OFFICE, "value-type", "string");
				}
				if (value != null) {
					this.xml.writeStartElement("text", "p", TEXT);
					this.xml.writeCharacters(value.toString().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""));
					this.xml.writeEndElement();
				}
				this.xml.writeEndElement();
			}
			this.xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.xml.writeEndDocument();
			this.xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
		this.zip.closeEntry();
		this.zip.finish();
	}

	/**
	 * ODF wants the media type first, uncompressed, so that a reader can tell the format
	 * from the first bytes.
	 */
	private void storedMimetype() throws IOException {
		byte[] bytes = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
		ZipEntry entry = new ZipEntry("mimetype");
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(bytes.length);
		CRC32 crc = new CRC32();
		crc.update(bytes);
		entry.setCrc(crc.getValue());
		this.zip.putNextEntry(entry);
		this.zip.write(bytes);
		this.zip.closeEntry();
	}

	private void entry(String name, String content) throws IOException {
		this.zip.putNextEntry(new ZipEntry(name));
		this.zip.write(content.getBytes(StandardCharsets.UTF_8));
		this.zip.closeEntry();
	}

}
