package it.anci.welfare.doctemplates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
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

/** Writes a {@link TemplateText} as DOCX (Apache POI), ODT (ODF Toolkit) and PDF (PDFBox). */
final class DocumentWriters {

	static final String SIGNATURE_LINE = "______________________________";

	/** The font the DOCX and ODT ask for: Arial, or its metric twin Liberation Sans where Arial is missing. */
	static final String DOCUMENT_FONT = "Arial";

	private DocumentWriters() {
	}

	/**
	 * A DOCX with a styles part (Normal, Title, Heading 1-3, List Paragraph; Italian as the document language) and a
	 * numbering part, so that headings are Word's and LibreOffice's own and list items are real bulleted and numbered
	 * lists. Each numbered list starts at its first number.
	 */
	static byte[] docx(TemplateText text, String title) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(title);
			document.getProperties().getCoreProperties().setCreator(TaggedPdf.AUTHOR);
			document.getProperties().getCoreProperties().setLastModifiedByUser(TaggedPdf.AUTHOR);
			document.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(TaggedPdf.LANGUAGE);
			document.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(TaggedPdf.CREATOR);
			docxStyles(document.createStyles());
			XWPFNumbering numbering = document.createNumbering();
			BigInteger bullets = numbering.addNum(numbering.addAbstractNum(listLevel(0, STNumberFormat.BULLET, "\u2022")));
			BigInteger decimal = numbering.addAbstractNum(listLevel(1, STNumberFormat.DECIMAL, "%1."));
			BigInteger numbered = null;
			TemplateText.Kind previous = null;
			for (TemplateText.Block block : text.blocks()) {
				XWPFParagraph paragraph = document.createParagraph();
				switch (block.kind()) {
					case HEADING -> paragraph.setStyle("Heading" + block.level());
					case BULLET -> {
						paragraph.setStyle("ListParagraph");
						paragraph.setNumID(bullets);
						paragraph.setNumILvl(BigInteger.ZERO);
					}
					case NUMBERED -> {
						if (previous != TemplateText.Kind.NUMBERED) {
							numbered = numbering.addNum(decimal);
							CTNumLvl start = numbering.getNum(numbered).getCTNum().addNewLvlOverride();
							start.setIlvl(BigInteger.ZERO);
							start.addNewStartOverride().setVal(BigInteger.valueOf(block.level()));
						}
						paragraph.setStyle("ListParagraph");
						paragraph.setNumID(numbered);
						paragraph.setNumILvl(BigInteger.ZERO);
					}
					default -> {
					}
				}
				previous = block.kind();
				if (block.kind() == TemplateText.Kind.RULE) {
					paragraph.setSpacingBefore(480);
					paragraph.createRun().setText(SIGNATURE_LINE);
					continue;
				}
				for (TemplateText.Run part : block.runs()) {
					XWPFRun run = paragraph.createRun();
					if (part.bold()) {
						run.setBold(true);
					}
					run.setText(part.text());
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void docxStyles(XWPFStyles styles) {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(DOCUMENT_FONT);
		fonts.setHAnsi(DOCUMENT_FONT);
		fonts.setCs(DOCUMENT_FONT);
		styles.setDefaultFonts(fonts);
		styles.setSpellingLanguage(TaggedPdf.LANGUAGE);
		CTStyle normal = style("Normal", "Normal", null, 22, false);
		normal.setDefault(true);
		normal.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
		styles.addStyle(new XWPFStyle(normal, styles));
		styles.addStyle(new XWPFStyle(style("Title", "Title", "Normal", 36, true), styles));
		for (int level = 1; level <= 3; level++) {
			CTStyle heading = style("Heading" + level, "heading " + level, "Normal", level == 1 ? 32 : level == 2 ? 28 : 24, true);
			heading.getPPr().addNewKeepNext();
			CTSpacing spacing = heading.getPPr().addNewSpacing();
			spacing.setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
			spacing.setAfter(BigInteger.valueOf(120));
			heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			styles.addStyle(new XWPFStyle(heading, styles));
		}
		CTStyle list = style("ListParagraph", "List Paragraph", "Normal", 0, false);
		list.getPPr().addNewContextualSpacing();
		styles.addStyle(new XWPFStyle(list, styles));
	}

	/** A paragraph style; {@code halfPoints} 0 keeps the size of the style it is based on. */
	private static CTStyle style(String id, String name, String basedOn, int halfPoints, boolean bold) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
			style.addNewNext().setVal("Normal");
		}
		style.addNewQFormat();
		style.addNewPPr();
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
		}
		if (halfPoints > 0) {
			run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		}
		return style;
	}

	/** A one-level list definition: its marker, indented as Word indents lists. */
	private static XWPFAbstractNum listLevel(int id, STNumberFormat.Enum format, String text) {
		CTAbstractNum list = CTAbstractNum.Factory.newInstance();
		list.setAbstractNumId(BigInteger.valueOf(id));
		CTLvl level = list.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(format);
		level.addNewLvlText().setVal(text);
		level.addNewLvlJc().setVal(STJc.LEFT);
		CTInd indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(720));
		indent.setHanging(BigInteger.valueOf(360));
		return new XWPFAbstractNum(list);
	}

	/**
	 * An ODT in Italian, with headings in the Heading 1-3 styles, real lists (the List 1 and Numbering 1 list styles of
	 * the library's blank document) and metadata of its own: the blank document's author, generator and licence
	 * property are replaced.
	 */
	static byte[] odt(TemplateText text, String title) throws Exception {
		try (OdfTextDocument document = OdfTextDocument.newTextDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			odtMetadata(document.getOfficeMetadata(), title);
			OdfDefaultStyle defaults = document.getDocumentStyles().getDefaultStyle(OdfStyleFamily.Paragraph);
			defaults.setProperty(OdfTextProperties.Language, "it");
			defaults.setProperty(OdfTextProperties.Country, "IT");
			defaults.setProperty(OdfTextProperties.FontName, DOCUMENT_FONT);
			defaults.setProperty(OdfTextProperties.FontSize, "11pt");
			for (int level = 1; level <= 3; level++) {
				OdfStyle heading = document.getDocumentStyles().getStyle("Heading_20_" + level, OdfStyleFamily.Paragraph);
				heading.setProperty(OdfTextProperties.FontSize, level == 1 ? "16pt" : level == 2 ? "14pt" : "12pt");
				heading.setProperty(OdfTextProperties.FontStyle, "normal");
			}
			OfficeTextElement root = document.getContentRoot();
			emptyParagraphs(root).forEach(root::removeChild);
			TextListElement list = null;
			for (TemplateText.Block block : text.blocks()) {
				boolean bullet = block.kind() == TemplateText.Kind.BULLET;
				if (bullet || block.kind() == TemplateText.Kind.NUMBERED) {
					boolean continues = list != null && list.getTextStyleNameAttribute().equals(bullet ? "List_20_1" : "Numbering_20_1");
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
						line.setTextContent(SIGNATURE_LINE);
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

	/** The library would write its own generator on save: its automatic update is turned off and the dates set here. */
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
				TextSpanElement span = (TextSpanElement) parent.appendChild(new TextSpanElement((OdfFileDom) parent.getOwnerDocument()));
				span.setProperty(OdfTextProperties.FontWeight, "bold");
				span.setTextContent(run.text());
			}
			else {
				parent.appendChild(parent.getOwnerDocument().createTextNode(run.text()));
			}
		}
	}

	static byte[] pdf(TemplateText text, String title) throws IOException {
		try (TaggedPdf pdf = new TaggedPdf(title)) {
			for (TemplateText.Block block : text.blocks()) {
				switch (block.kind()) {
					case HEADING -> pdf.heading(block.level(), block.runs());
					case RULE -> pdf.signatureLine();
					case BULLET -> pdf.item("\u2022", false, block.runs());
					case NUMBERED -> pdf.item(block.level() + ".", true, block.runs());
					default -> pdf.paragraph(block.runs());
				}
			}
			return pdf.save();
		}
	}

}
