package it.anci.welfare.doctemplates;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The source text of a template (a small Markdown subset: headings, paragraphs, lists,
 * bold, rules) as a list of blocks, the one model the DOCX, ODT and PDF writers share:
 * editing the text once updates every format.
 */
record TemplateText(List<Block> blocks) {

	enum Kind {

		HEADING, PARAGRAPH, BULLET, NUMBERED, RULE

	}

	record Run(String text, boolean bold) {
	}

	/**
	 * A block; {@code level} is the heading level (1-3) or the number of a numbered item.
	 */
	record Block(Kind kind, int level, List<Run> runs) {

		String text() {
			return String.join("", this.runs.stream().map(Run::text).toList());
		}

	}

	/** The placeholders filled in by "Compila per il tuo Comune". */
	static final String COMUNE = "[Comune di …]";

	static final String PROVINCIA = "[Provincia di …]";

	static final String DATA = "[data]";

	/**
	 * Parses the source text. Heading levels never skip one going down (a "###" after a
	 * "#" is a level 2), as assistive technology expects and PDF/UA requires: the first
	 * heading is a level 1.
	 */
	static TemplateText parse(String markdown) {
		List<Block> blocks = new ArrayList<>();
		int headingLevel = 0;
		for (Node node = Parser.builder().build().parse(markdown).getFirstChild(); node != null; node = node
			.getNext()) {
			if (node instanceof Heading heading) {
				headingLevel = Math.min(Math.min(3, heading.getLevel()), headingLevel + 1);
				blocks.add(new Block(Kind.HEADING, headingLevel, runs(heading)));
			}
			else if (node instanceof Paragraph paragraph) {
				blocks.add(new Block(Kind.PARAGRAPH, 0, runs(paragraph)));
			}
			else if (node instanceof BulletList || node instanceof OrderedList) {
				int number = node instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
						? ordered.getMarkerStartNumber() : 1;
				for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
					List<Run> runs = new ArrayList<>();
					for (Node child = ((ListItem) item).getFirstChild(); child != null; child = child.getNext()) {
						if (!runs.isEmpty()) {
							runs.add(new Run(" ", false));
						}
						runs.addAll(runs(child));
					}
					blocks.add(node instanceof BulletList ? new Block(Kind.BULLET, 0, runs)
							: new Block(Kind.NUMBERED, number++, runs));
				}
			}
			else if (node instanceof ThematicBreak) {
				blocks.add(new Block(Kind.RULE, 0, List.of()));
			}
		}
		return new TemplateText(blocks);
	}

	private static List<Run> runs(Node parent) {
		List<Run> runs = new ArrayList<>();
		collect(parent, false, runs);
		return runs;
	}

	private static void collect(Node parent, boolean bold, List<Run> runs) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Text text) {
				runs.add(new Run(text.getLiteral(), bold));
			}
			else if (node instanceof Code code) {
				runs.add(new Run(code.getLiteral(), bold));
			}
			else if (node instanceof SoftLineBreak) {
				runs.add(new Run(" ", bold));
			}
			else if (node instanceof HardLineBreak) {
				runs.add(new Run("\n", bold));
			}
			else {
				collect(node, bold || node instanceof StrongEmphasis, runs);
			}
		}
	}

}
