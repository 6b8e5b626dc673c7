package it.anci.welfare.doctemplates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of a {@link TaggedPdf}, embedded as subsets: Titillium Web (the site's font)
 * regular and bold, and DejaVu Sans, loaded only when a text has a sign Titillium Web
 * lacks (the check box □).
 */
final class PdfFonts {

	private static final byte[] REGULAR = font("TitilliumWeb-Regular.ttf");

	private static final byte[] BOLD = font("TitilliumWeb-Bold.ttf");

	private static final byte[] SIGNS = font("DejaVuSans.ttf");

	private final PDDocument document;

	private final PDFont regular;

	private final PDFont bold;

	private PDFont signs;

	PdfFonts(PDDocument document) throws IOException {
		this.document = document;
		this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
		this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
	}

	/**
	 * The runs as pieces of one font each: bold or regular Titillium Web, DejaVu Sans for
	 * the signs it lacks.
	 */
	List<PdfLines.Piece> pieces(List<TemplateText.Run> runs, boolean heading) throws IOException {
		List<PdfLines.Piece> pieces = new ArrayList<>();
		for (TemplateText.Run run : runs) {
			PDFont font = run.bold() || heading ? this.bold : this.regular;
			StringBuilder text = new StringBuilder();
			PDFont current = font;
			for (int i = 0; i < run.text().length(); i = run.text().offsetByCodePoints(i, 1)) {
				int code = run.text().codePointAt(i);
				if (Character.isISOControl(code) && code != '\n' && code != '\t') {
					continue;
				}
				String sign = code == '\t' ? " " : new String(Character.toChars(code));
				PDFont needed = sign.equals("\n") || covers(font, sign) ? font : signs();
				if (needed != current && !text.isEmpty()) {
					pieces.add(new PdfLines.Piece(text.toString(), current));
					text.setLength(0);
				}
				current = needed;
				text.append(covers(needed, sign) || sign.equals("\n") ? sign : "?");
			}
			if (!text.isEmpty()) {
				pieces.add(new PdfLines.Piece(text.toString(), current));
			}
		}
		return pieces;
	}

	private PDFont signs() throws IOException {
		if (this.signs == null) {
			this.signs = PDType0Font.load(this.document, new ByteArrayInputStream(SIGNS), true);
		}
		return this.signs;
	}

	private static boolean covers(PDFont font, String sign) {
		try {
			font.encode(sign);
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static byte[] font(String name) {
		try (InputStream in = PdfFonts.class.getResourceAsStream("/doctemplates/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font " + name + " missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
