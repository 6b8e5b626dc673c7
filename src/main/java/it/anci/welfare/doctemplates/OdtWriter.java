package it.anci.welfare.doctemplates;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.style.OdfDefaultStyle;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.OdfStylableElement;
import org.odftoolkit.odfdom.dom.element.text.TextHElement;
import org.odftoolkit.odfdom.dom.element.text.TextListElement;
import org.odftoolkit.odfdom.dom.element.text.TextListItemElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextSpanElement;
import org.w3c.dom.Node;

/**
 * A {@link TemplateText} as ODT (ODF Toolkit): Italian, real headings and lists, clean
 * metadata.
 */
final class OdtWriter {

	private OdtWriter() {
	}

	/**
	 * An ODT in Italian, with headings in the Heading 1-3 styles, real lists (the List 1
	 * and Numbering 1 list styles of the library's blank document) and metadata of its
	 * own: the blank document's author, generator and licence property are replaced.
	 */
	static byte[] write(TemplateText text, String title) throws Exception {
		try (OdfTextDocument document = OdfTextDocument.newTextDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			odtMetadata(document.getOfficeMetadata(), title);
			OdfDefaultStyle defaults = document.getDocumentStyles().getDefaultStyle(OdfStyleFamily.Paragraph);
			defaults.setProperty(OdfTextProperties.Language, "it");
			defaults.setProperty(OdfTextProperties.Country, "IT");
			defaults.setProperty(OdfTextProperties.FontName, DocumentWriters.DOCUMENT_FONT);
			defaults.setProperty(OdfTextProperties.FontSize, "11pt");
			for (int level = 1; level <= 3; level++) {
				OdfStyle heading = document.getDocumentStyles()
					.getStyle("Heading_20_" + level, OdfStyleFamily.Paragraph);
				heading.setProperty(OdfTextProperties.FontSize, level == 1 ? "16pt" : level == 2 ? "14pt" : "12pt");
				heading.setProperty(OdfTextProperties.FontStyle, "normal");
			}
			OfficeTextElement root = document.getContentRoot();
			emptyParagraphs(root).forEach(root::removeChild);
			TextListElement list = null;
			for (TemplateText.Block block : text.blocks()) {
				boolean bullet = block.kind() == TemplateText.Kind.BULLET;
				if (bullet || block.kind() == TemplateText.Kind.NUMBERED) {
					boolean continues = list != null
							&& list.getTextStyleNameAttribute().equals(bullet ? "List_20_1" : "Numbering_20_1");
					TextListItemElement item;
					if (!continues) {
						list = root.newTextListElement();
						list.setTextStyleNameAttribute(bullet ? "List_20_1" : "Numbering_20_1");
						item = list.newTextListItemElement();
						if (!bullet && block.level() != 1) {
							item.setTextStartValueAttribute(block.level());
						}
					}
					else {
						item = list.newTextListItemElement();
					}
					TextPElement paragraph = item.newTextPElement();
					paragraph.setStyleName("List");
					odtRuns(paragraph, block.runs());
					continue;
				}
				list = null;
				switch (block.kind()) {
					case HEADING -> {
						TextHElement heading = root.newTextHElement(block.level());
						heading.setStyleName("Heading_20_" + block.level());
						odtRuns(heading, block.runs());
					}
					case RULE -> {
						TextPElement line = root.newTextPElement();
						line.setStyleName("Text_20_body");
						line.setTextContent(DocumentWriters.SIGNATURE_LINE);
					}
					default -> {
						TextPElement paragraph = root.newTextPElement();
						paragraph.setStyleName("Text_20_body");
						odtRuns(paragraph, block.runs());
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	/** The blank document starts with an empty paragraph. */
	private static List<TextPElement> emptyParagraphs(OfficeTextElement root) {
		List<TextPElement> paragraphs = new ArrayList<>();
		for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof TextPElement paragraph && paragraph.getTextContent().isEmpty()) {
				paragraphs.add(paragraph);
			}
		}
		return paragraphs;
	}

	/**
	 * The library would write its own generator on save: its automatic update is turned
	 * off and the dates set here.
	 */
	private static void odtMetadata(OdfOfficeMeta meta, String title) {
		meta.setAutomaticUpdate(false);
		Calendar now = Calendar.getInstance();
		meta.setCreationDate(now);
		meta.setDate(now);
		meta.setEditingCycles(1);
		meta.getUserDefinedDataNames().forEach(meta::removeUserDefinedDataByName);
		meta.setTitle(title);
		meta.setInitialCreator(TaggedPdf.AUTHOR);
		meta.setCreator(TaggedPdf.AUTHOR);
		meta.setGenerator(TaggedPdf.CREATOR);
		meta.setLanguage(TaggedPdf.LANGUAGE);
	}

	/** Text, with bold runs in a span whose automatic style is bold. */
	private static void odtRuns(OdfStylableElement parent, List<TemplateText.Run> runs) {
		for (TemplateText.Run run : runs) {
			if (run.bold()) {
				TextSpanElement span = (TextSpanElement) parent
					.appendChild(new TextSpanElement((OdfFileDom) parent.getOwnerDocument()));
				span.setProperty(OdfTextProperties.FontWeight, "bold");
				span.setTextContent(run.text());
			}
			else {
				parent.appendChild(parent.getOwnerDocument().createTextNode(run.text()));
			}
		}
	}

}
