package it.anci.welfare.doctemplates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
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

/**
 * A {@link TemplateText} as DOCX (Apache POI): a styles part with real headings and a
 * numbering part for lists.
 */
final class DocxWriter {

	private DocxWriter() {
	}

	/**
	 * A DOCX with a styles part (Normal, Title, Heading 1-3, List Paragraph; Italian as
	 * the document language) and a numbering part, so that headings are Word's and
	 * LibreOffice's own and list items are real bulleted and numbered lists. Each
	 * numbered list starts at its first number.
	 */
	static byte[] write(TemplateText text, String title) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(title);
			document.getProperties().getCoreProperties().setCreator(TaggedPdf.AUTHOR);
			document.getProperties().getCoreProperties().setLastModifiedByUser(TaggedPdf.AUTHOR);
			document.getProperties()
				.getCoreProperties()
				.getUnderlyingProperties()
				.setLanguageProperty(TaggedPdf.LANGUAGE);
			document.getProperties()
				.getExtendedProperties()
				.getUnderlyingProperties()
				.setApplication(TaggedPdf.CREATOR);
			docxStyles(document.createStyles());
			XWPFNumbering numbering = document.createNumbering();
			BigInteger bullets = numbering
				.addNum(numbering.addAbstractNum(listLevel(0, STNumberFormat.BULLET, "\u2022")));
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
					paragraph.createRun().setText(DocumentWriters.SIGNATURE_LINE);
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
		fonts.setAscii(DocumentWriters.DOCUMENT_FONT);
		fonts.setHAnsi(DocumentWriters.DOCUMENT_FONT);
		fonts.setCs(DocumentWriters.DOCUMENT_FONT);
		styles.setDefaultFonts(fonts);
		styles.setSpellingLanguage(TaggedPdf.LANGUAGE);
		CTStyle normal = style("Normal", "Normal", null, 22, false);
		normal.setDefault(true);
		normal.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
		styles.addStyle(new XWPFStyle(normal, styles));
		styles.addStyle(new XWPFStyle(style("Title", "Title", "Normal", 36, true), styles));
		for (int level = 1; level <= 3; level++) {
			CTStyle heading = style("Heading" + level, "heading " + level, "Normal",
					level == 1 ? 32 : level == 2 ? 28 : 24, true);
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

	/**
	 * A paragraph style; {@code halfPoints} 0 keeps the size of the style it is based on.
	 */
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

}
