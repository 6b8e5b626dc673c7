package it.anci.welfare.doctemplates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;

/**
 * A tagged PDF that conforms to PDF/UA-1 and PDF/A-2a, written block by block: headings
 * (H1-H3), paragraphs (P) and lists (L, LI, Lbl, LBody) laid out top to bottom on A4
 * pages, each piece of text inside marked content whose MCID the structure tree and its
 * ParentTree point to, so that the reading order is the order of the source text. Fonts
 * are Titillium Web (the site's font), with DejaVu Sans for the signs it lacks, embedded
 * as subsets; the language is Italian, the title is in the information dictionary, in the
 * XMP metadata and in the viewer's title bar.
 */
public final class TaggedPdf implements AutoCloseable {

	static final String LANGUAGE = "it-IT";

	static final String AUTHOR = "ANCI Umbria";

	static final String CREATOR = "Portale Welfare dei Comuni";

	private static final float MARGIN = 56.7f;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float LIST_INDENT = 18;

	private final PDDocument document = new PDDocument();

	private final PDStructureElement root;

	private final PdfFonts fonts;

	/**
	 * Page index → the structure element of each MCID on that page, for the ParentTree.
	 */
	private final List<List<PDStructureElement>> parents = new ArrayList<>();

	private PDPage page;

	private PDPageContentStream stream;

	private float y;

	/** The list being written, or null, and its numbering. */
	private PDStructureElement list;

	private String listNumbering;

	public TaggedPdf(String title) throws IOException {
		this.fonts = new PdfFonts(this.document);
		this.root = PdfConformance.prepare(this.document, title, AUTHOR, LANGUAGE, CREATOR);
		newPage();
	}

	void heading(int level, List<TemplateText.Run> runs) throws IOException {
		endList();
		float size = level == 1 ? 17 : level == 2 ? 14 : 12;
		this.y -= size * 0.4f;
		text(element("H" + level, this.root), this.fonts.pieces(runs, true), size, 0);
	}

	void paragraph(List<TemplateText.Run> runs) throws IOException {
		endList();
		text(element("P", this.root), this.fonts.pieces(runs, false), 11, 0);
	}

	/** A list item; consecutive items of the same kind make one list. */
	void item(String label, boolean numbered, List<TemplateText.Run> runs) throws IOException {
		String numbering = numbered ? PDListAttributeObject.LIST_NUMBERING_DECIMAL
				: PDListAttributeObject.LIST_NUMBERING_DISC;
		if (this.list == null || !numbering.equals(this.listNumbering)) {
			endList();
			this.list = element("L", this.root);
			this.listNumbering = numbering;
			PDListAttributeObject attribute = new PDListAttributeObject();
			attribute.setListNumbering(numbering);
			this.list.addAttribute(attribute);
		}
		PDStructureElement item = element("LI", this.list);
		room(11 * 1.4f);
		float top = this.y;
		text(element("Lbl", item), this.fonts.pieces(List.of(new TemplateText.Run(label, false)), false), 11, 0);
		this.y = top;
		text(element("LBody", item), this.fonts.pieces(runs, false), 11, LIST_INDENT);
	}

	/**
	 * A line to sign on: drawn, and an artifact for assistive technology (the text before
	 * it says who signs).
	 */
	void signatureLine() throws IOException {
		endList();
		this.y -= 22;
		room(11);
		this.stream.beginMarkedContent(COSName.ARTIFACT);
		this.stream.setLineWidth(0.6f);
		this.stream.moveTo(MARGIN, this.y);
		this.stream.lineTo(MARGIN + 200, this.y);
		this.stream.stroke();
		this.stream.endMarkedContent();
		this.y -= 14;
	}

	/**
	 * A heading of plain text, for documents written outside this package (a comparison
	 * of cards, for one).
	 */
	public void heading(int level, String text) throws IOException {
		heading(level, List.of(new TemplateText.Run(text, false)));
	}

	public void paragraph(String text) throws IOException {
		paragraph(List.of(new TemplateText.Run(text, false)));
	}

	/** A bulleted item that opens with {@code lead} in bold, as in "Titolo: valore". */
	public void item(String lead, String text) throws IOException {
		item("•", false, List.of(new TemplateText.Run(lead, true), new TemplateText.Run(text, false)));
	}

	public byte[] save() throws IOException {
		endList();
		this.stream.close();
		PdfConformance.linkMarkedContent(this.document, this.parents);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.document.save(out);
		return out.toByteArray();
	}

	@Override
	public void close() throws IOException {
		this.document.close();
	}

	private void endList() {
		this.list = null;
		this.listNumbering = null;
	}

	private PDStructureElement element(String type, PDStructureNode parent) {
		PDStructureElement element = new PDStructureElement(type, parent);
		parent.appendKid(element);
		return element;
	}

	/**
	 * Writes wrapped text for {@code element}: each page it reaches gets one
	 * marked-content sequence of it.
	 */
	private void text(PDStructureElement element, List<PdfLines.Piece> pieces, float size, float indent)
			throws IOException {
		List<List<PdfLines.Piece>> lines = PdfLines.wrap(pieces, size, WIDTH - indent);
		boolean open = false;
		for (List<PdfLines.Piece> line : lines) {
			if (this.y < MARGIN + size) {
				if (open) {
					this.stream.endMarkedContent();
					open = false;
				}
				newPage();
			}
			if (!open) {
				beginMarkedContent(element);
				open = true;
			}
			this.stream.beginText();
			this.stream.newLineAtOffset(MARGIN + indent, this.y - size);
			for (PdfLines.Piece piece : line) {
				this.stream.setFont(piece.font(), size);
				this.stream.showText(piece.text());
			}
			this.stream.endText();
			this.y -= size * 1.4f;
		}
		if (open) {
			this.stream.endMarkedContent();
		}
		this.y -= size * 0.5f;
	}

	private void beginMarkedContent(PDStructureElement element) throws IOException {
		List<PDStructureElement> onPage = this.parents.get(this.parents.size() - 1);
		int mcid = onPage.size();
		onPage.add(element);
		PDMarkedContentReference reference = new PDMarkedContentReference();
		reference.setPage(this.page);
		reference.setMCID(mcid);
		element.appendKid(reference);
		this.stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
	}

	private void room(float height) throws IOException {
		if (this.y < MARGIN + height) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (this.stream != null) {
			this.stream.close();
		}
		this.page = new PDPage(PDRectangle.A4);
		this.page.setStructParents(this.parents.size());
		this.page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
		this.parents.add(new ArrayList<>());
		this.document.addPage(this.page);
		this.stream = new PDPageContentStream(this.document, this.page);
		this.y = PDRectangle.A4.getHeight() - MARGIN;
	}

}
