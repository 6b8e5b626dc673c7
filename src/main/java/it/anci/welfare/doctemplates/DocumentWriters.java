package it.anci.welfare.doctemplates;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link TemplateText} as DOCX (WordprocessingML of our own), ODT (ODF Toolkit)
 * and PDF (PDFBox).
 */
final class DocumentWriters {

	static final String SIGNATURE_LINE = "______________________________";

	/**
	 * The font the DOCX and ODT ask for: Arial, or its metric twin Liberation Sans where
	 * Arial is missing.
	 */
	static final String DOCUMENT_FONT = "Arial";

	private DocumentWriters() {
	}

	/** The template's source text written in {@code format}. */
	static byte[] render(String source, String title, TemplateFormat format) {
		TemplateText text = TemplateText.parse(source);
		try {
			return switch (format) {
				case DOCX -> docx(text, title);
				case ODT -> odt(text, title);
				case PDF -> pdf(text, title);
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot write " + format + " of " + title, ex);
		}
	}

	static byte[] docx(TemplateText text, String title) throws IOException {
		return DocxWriter.write(text, title);
	}

	static byte[] odt(TemplateText text, String title) throws Exception {
		return OdtWriter.write(text, title);
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
