package it.anci.welfare.doctemplates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A {@link TemplateText} as DOCX, a WordprocessingML package ({@link DocxPackage}): the
 * text and its lists are written here, the parts every document shares come from
 * {@code doctemplates/docx/}.
 */
final class DocxWriter {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** The numId of every bulleted list; numbered lists follow, one each. */
	private static final int BULLETS = 1;

	private DocxWriter() {
	}

	/**
	 * A DOCX with a styles part (Normal, Title, Heading 1-3, List Paragraph; Italian as
	 * the document language) and a numbering part, so that headings are Word's and
	 * LibreOffice's own and list items are real bulleted and numbered lists. Each
	 * numbered list starts at its first number.
	 */
	static byte[] write(TemplateText text, String title) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DocxPackage docx = new DocxPackage(bytes)) {
			docx.copy("[Content_Types].xml", "content-types.xml");
			docx.copy("_rels/.rels", "package.rels");
			docx.properties(title);
			List<Integer> numberedStarts = new ArrayList<>();
			docx.write("word/document.xml", xml -> document(xml, text, numberedStarts));
			docx.write("word/numbering.xml", xml -> numbering(xml, numberedStarts));
			docx.copy("word/styles.xml", "styles.xml");
			docx.copy("word/settings.xml", "settings.xml");
			docx.copy("word/_rels/document.xml.rels", "document.xml.rels");
		}
		return bytes.toByteArray();
	}

	/**
	 * The body: headings in their styles, list items in List Paragraph with their list's
	 * numbering. Adds to {@code numberedStarts} the first number of each numbered list.
	 */
	private static void document(XMLStreamWriter xml, TemplateText text, List<Integer> numberedStarts)
			throws XMLStreamException {
		start(xml, "document");
		xml.writeStartElement(W, "body");
		TemplateText.Kind previous = null;
		for (TemplateText.Block block : text.blocks()) {
			xml.writeStartElement(W, "p");
			switch (block.kind()) {
				case HEADING -> paragraphStyle(xml, "Heading" + block.level());
				case BULLET -> listItem(xml, BULLETS);
				case NUMBERED -> {
					if (previous != TemplateText.Kind.NUMBERED) {
						numberedStarts.add(block.level());
					}
					listItem(xml, BULLETS + numberedStarts.size());
				}
				case RULE -> {
					xml.writeStartElement(W, "pPr");
					value(xml, "spacing", "before", "480");
					xml.writeEndElement();
					run(xml, new TemplateText.Run(DocumentWriters.SIGNATURE_LINE, false));
				}
				default -> {
				}
			}
			previous = block.kind();
			for (TemplateText.Run run : block.runs()) {
				run(xml, run);
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void paragraphStyle(XMLStreamWriter xml, String style) throws XMLStreamException {
		xml.writeStartElement(W, "pPr");
		value(xml, "pStyle", style);
		xml.writeEndElement();
	}

	private static void listItem(XMLStreamWriter xml, int numId) throws XMLStreamException {
		xml.writeStartElement(W, "pPr");
		value(xml, "pStyle", "ListParagraph");
		xml.writeStartElement(W, "numPr");
		value(xml, "ilvl", "0");
		value(xml, "numId", String.valueOf(numId));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/** A run; a hard line break of the source is a line break, as in the PDF. */
	private static void run(XMLStreamWriter xml, TemplateText.Run run) throws XMLStreamException {
		xml.writeStartElement(W, "r");
		if (run.bold()) {
			xml.writeStartElement(W, "rPr");
			xml.writeEmptyElement(W, "b");
			xml.writeEndElement();
		}
		String[] lines = run.text().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				xml.writeEmptyElement(W, "br");
			}
			if (!lines[i].isEmpty()) {
				xml.writeStartElement(W, "t");
				xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
				xml.writeCharacters(DocxPackage.xmlCharacters(lines[i]));
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
	}

	/**
	 * The list definitions, indented as Word indents lists: abstract 0 is the bullet,
	 * abstract 1 the decimal number; num {@link #BULLETS} is every bulleted list, then
	 * one num for each numbered list, restarting at its first number.
	 */
	private static void numbering(XMLStreamWriter xml, List<Integer> numberedStarts) throws XMLStreamException {
		start(xml, "numbering");
		listLevel(xml, 0, "bullet", "\u2022");
		listLevel(xml, 1, "decimal", "%1.");
		num(xml, BULLETS, 0, null);
		for (int i = 0; i < numberedStarts.size(); i++) {
			num(xml, BULLETS + 1 + i, 1, numberedStarts.get(i));
		}
		xml.writeEndElement();
	}

	private static void listLevel(XMLStreamWriter xml, int id, String format, String marker) throws XMLStreamException {
		xml.writeStartElement(W, "abstractNum");
		xml.writeAttribute("w", W, "abstractNumId", String.valueOf(id));
		xml.writeStartElement(W, "lvl");
		xml.writeAttribute("w", W, "ilvl", "0");
		value(xml, "start", "1");
		value(xml, "numFmt", format);
		value(xml, "lvlText", marker);
		value(xml, "lvlJc", "left");
		xml.writeStartElement(W, "pPr");
		xml.writeEmptyElement(W, "ind");
		xml.writeAttribute("w", W, "left", "720");
		xml.writeAttribute("w", W, "hanging", "360");
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/** A list: its definition and, unless null, the number it starts at. */
	private static void num(XMLStreamWriter xml, int numId, int abstractNumId, Integer start)
			throws XMLStreamException {
		xml.writeStartElement(W, "num");
		xml.writeAttribute("w", W, "numId", String.valueOf(numId));
		value(xml, "abstractNumId", String.valueOf(abstractNumId));
		if (start != null) {
			xml.writeStartElement(W, "lvlOverride");
			xml.writeAttribute("w", W, "ilvl", "0");
			value(xml, "startOverride", String.valueOf(start));
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	/** The root element of a w: part, declaring the namespace. */
	private static void start(XMLStreamWriter xml, String root) throws XMLStreamException {
		xml.setPrefix("w", W);
		xml.writeStartElement(W, root);
		xml.writeNamespace("w", W);
	}

	/** {@code <w:name w:val="…"/>}, the shape of most WordprocessingML properties. */
	private static void value(XMLStreamWriter xml, String name, String val) throws XMLStreamException {
		value(xml, name, "val", val);
	}

	private static void value(XMLStreamWriter xml, String name, String attribute, String val)
			throws XMLStreamException {
		xml.writeEmptyElement(W, name);
		xml.writeAttribute("w", W, attribute, val);
	}

}
