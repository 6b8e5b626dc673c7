package it.anci.welfare.doctemplates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Line breaking for {@link TaggedPdf}: text in pieces of one font each, broken into lines
 * that fit a width.
 */
final class PdfLines {

	/** A piece of text in one font. */
	record Piece(String text, PDFont font) {
	}

	private PdfLines() {
	}

	/**
	 * Breaks the pieces into lines at spaces (and at line breaks) so that each line fits
	 * {@code width}.
	 */
	static List<List<Piece>> wrap(List<Piece> pieces, float size, float width) throws IOException {
		List<List<Piece>> lines = new ArrayList<>();
		List<Piece> line = new ArrayList<>();
		float used = 0;
		for (Piece piece : pieces) {
			for (String part : piece.text().split("(?<=[ \n])")) {
				boolean breaks = part.endsWith("\n");
				for (String word : fitting(breaks ? part.substring(0, part.length() - 1) : part, piece.font(), size,
						width)) {
					if (used + width(word.stripTrailing(), piece.font(), size) > width && !line.isEmpty()) {
						lines.add(trimmed(line));
						line = new ArrayList<>();
						used = 0;
					}
					line.add(new Piece(word, piece.font()));
					used += width(word, piece.font(), size);
				}
				if (breaks) {
					lines.add(trimmed(line));
					line = new ArrayList<>();
					used = 0;
				}
			}
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(trimmed(line));
		}
		return lines;
	}

	/**
	 * The word, or the pieces of a word longer than a line (a long web address), each as
	 * long as a line.
	 */
	static List<String> fitting(String word, PDFont font, float size, float width) throws IOException {
		List<String> chunks = new ArrayList<>();
		StringBuilder chunk = new StringBuilder();
		for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
			String sign = new String(Character.toChars(word.codePointAt(i)));
			if (!chunk.isEmpty() && !sign.isBlank() && width(chunk + sign, font, size) > width) {
				chunks.add(chunk.toString());
				chunk.setLength(0);
			}
			chunk.append(sign);
		}
		chunks.add(chunk.toString());
		return chunks;
	}

	static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** A line without the space it was broken at. */
	static List<Piece> trimmed(List<Piece> line) {
		if (!line.isEmpty()) {
			Piece last = line.get(line.size() - 1);
			line.set(line.size() - 1, new Piece(last.text().stripTrailing(), last.font()));
		}
		return line;
	}

}
