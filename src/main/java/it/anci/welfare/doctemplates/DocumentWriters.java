package it.anci.welfare.doctemplates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.text.TextHElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextSpanElement;

/** Writes a {@link TemplateText} as DOCX (Apache POI), ODT (ODF Toolkit) and PDF (PDFBox). */
final class DocumentWriters {

	static final String SIGNATURE_LINE = "______________________________";

	private DocumentWriters() {
	}

	static byte[] docx(TemplateText text, String title) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(title);
			for (TemplateText.Block block : text.blocks()) {
				XWPFParagraph paragraph = document.createParagraph();
				switch (block.kind()) {
					case HEADING -> paragraph.setStyle("Heading" + block.level());
					case BULLET -> paragraph.setIndentationLeft(360);
					case NUMBERED -> paragraph.setIndentationLeft(360);
					default -> {
					}
				}
				if (block.kind() == TemplateText.Kind.RULE) {
					paragraph.createRun().setText(SIGNATURE_LINE);
					continue;
				}
				String prefix = block.kind() == TemplateText.Kind.BULLET ? "• "
						: block.kind() == TemplateText.Kind.NUMBERED ? block.level() + ". " : "";
				if (!prefix.isEmpty()) {
					paragraph.createRun().setText(prefix);
				}
				for (TemplateText.Run part : block.runs()) {
					XWPFRun run = paragraph.createRun();
					run.setBold(part.bold() || block.kind() == TemplateText.Kind.HEADING);
					if (block.kind() == TemplateText.Kind.HEADING) {
						run.setFontSize(block.level() == 1 ? 16 : block.level() == 2 ? 14 : 12);
					}
					run.setText(part.text());
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] odt(TemplateText text, String title) throws Exception {
		try (OdfTextDocument document = OdfTextDocument.newTextDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getOfficeMetadata().setTitle(title);
			OfficeTextElement root = document.getContentRoot();
			for (TemplateText.Block block : text.blocks()) {
				switch (block.kind()) {
					case HEADING -> {
						TextHElement heading = root.newTextHElement(block.level());
						heading.setTextContent(block.text());
					}
					case RULE -> root.newTextPElement().setTextContent(SIGNATURE_LINE);
					default -> {
						TextPElement paragraph = root.newTextPElement();
						String prefix = block.kind() == TemplateText.Kind.BULLET ? "• "
								: block.kind() == TemplateText.Kind.NUMBERED ? block.level() + ". " : "";
						if (!prefix.isEmpty()) {
							paragraph.newTextNode(prefix);
						}
						for (TemplateText.Run run : block.runs()) {
							if (run.bold()) {
								TextSpanElement span = paragraph.newTextSpanElement();
								span.setTextContent(run.text());
							}
							else {
								paragraph.newTextNode(run.text());
							}
						}
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf(TemplateText text, String title) throws IOException {
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getDocumentInformation().setTitle(title);
			PdfCursor cursor = new PdfCursor(document);
			for (TemplateText.Block block : text.blocks()) {
				switch (block.kind()) {
					case HEADING -> cursor.paragraph(block.text(), bold, block.level() == 1 ? 15 : block.level() == 2 ? 13 : 11.5f, 0);
					case RULE -> cursor.paragraph(SIGNATURE_LINE, regular, 10.5f, 0);
					case BULLET -> cursor.paragraph("• " + block.text(), regular, 10.5f, 14);
					case NUMBERED -> cursor.paragraph(block.level() + ". " + block.text(), regular, 10.5f, 14);
					default -> cursor.paragraph(block.text(), regular, 10.5f, 0);
				}
			}
			cursor.close();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** Lays out wrapped paragraphs on A4 pages with 2 cm margins. */
	private static final class PdfCursor {

		private static final float MARGIN = 56.7f;

		private final PDDocument document;

		private PDPageContentStream stream;

		private float y;

		PdfCursor(PDDocument document) throws IOException {
			this.document = document;
			newPage();
		}

		void paragraph(String text, PDType1Font font, float size, float indent) throws IOException {
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
			for (String line : wrap(printable(text, font), font, size, width)) {
				if (this.y < MARGIN + size) {
					newPage();
				}
				this.stream.beginText();
				this.stream.setFont(font, size);
				this.stream.newLineAtOffset(MARGIN + indent, this.y);
				this.stream.showText(line);
				this.stream.endText();
				this.y -= size * 1.35f;
			}
			this.y -= size * 0.6f;
		}

		void close() throws IOException {
			this.stream.close();
		}

		private void newPage() throws IOException {
			if (this.stream != null) {
				this.stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			this.document.addPage(page);
			this.stream = new PDPageContentStream(this.document, page);
			this.y = PDRectangle.A4.getHeight() - MARGIN;
		}

		private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			for (String paragraph : text.split("\n")) {
				StringBuilder line = new StringBuilder();
				for (String word : paragraph.split(" ")) {
					String candidate = line.isEmpty() ? word : line + " " + word;
					if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
						lines.add(line.toString());
						line = new StringBuilder(word);
					}
					else {
						line = new StringBuilder(candidate);
					}
				}
				lines.add(line.toString());
			}
			return lines;
		}

		/** The standard PDF fonts cover Italian (WinAnsi); the few other signs get a plain equivalent. */
		private static String printable(String text, PDType1Font font) {
			StringBuilder out = new StringBuilder();
			text.codePoints().forEach(c -> {
				String ch = new String(Character.toChars(c));
				if (c == '□' || c == '☐') {
					out.append("[ ]");
					return;
				}
				try {
					font.encode(ch);
					out.append(ch);
				}
				catch (IOException | IllegalArgumentException ex) {
					out.append('?');
				}
			});
			return out.toString();
		}

	}

}
