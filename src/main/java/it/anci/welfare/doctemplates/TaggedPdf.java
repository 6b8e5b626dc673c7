package it.anci.welfare.doctemplates;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A tagged PDF that conforms to PDF/UA-1 and PDF/A-2a, written block by block: headings (H1-H3), paragraphs (P) and
 * lists (L, LI, Lbl, LBody) laid out top to bottom on A4 pages, each piece of text inside marked content whose MCID the
 * structure tree and its ParentTree point to, so that the reading order is the order of the source text. Fonts are
 * Titillium Web (the site's font), with DejaVu Sans for the signs it lacks, embedded as subsets; the language is
 * Italian, the title is in the information dictionary, in the XMP metadata and in the viewer's title bar.
 */
public final class TaggedPdf implements AutoCloseable {

	static final String LANGUAGE = "it-IT";

	static final String AUTHOR = "ANCI Umbria";

	static final String CREATOR = "Portale Welfare dei Comuni";

	private static final float MARGIN = 56.7f;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float LIST_INDENT = 18;

	private static final byte[] REGULAR = font("TitilliumWeb-Regular.ttf");

	private static final byte[] BOLD = font("TitilliumWeb-Bold.ttf");

	private static final byte[] SIGNS = font("DejaVuSans.ttf");

	/** A piece of text in one font. */
	private record Piece(String text, PDFont font) {
	}

	private final PDDocument document = new PDDocument();

	private final PDStructureElement root;

	private final PDFont regular;

	private final PDFont bold;

	private PDFont signs;

	/** Page index → the structure element of each MCID on that page, for the ParentTree. */
	private final List<List<PDStructureElement>> parents = new ArrayList<>();

	private PDPage page;

	private PDPageContentStream stream;

	private float y;

	/** The list being written, or null, and its numbering. */
	private PDStructureElement list;

	private String listNumbering;

	public TaggedPdf(String title) throws IOException {
		this.regular = PDType0Font.load(this.document, new ByteArrayInputStream(REGULAR), true);
		this.bold = PDType0Font.load(this.document, new ByteArrayInputStream(BOLD), true);
		this.document.setVersion(1.7f);
		this.document.getDocumentInformation().setTitle(title);
		this.document.getDocumentInformation().setAuthor(AUTHOR);
		this.document.getDocumentInformation().setCreator(CREATOR);
		PDDocumentCatalog catalog = this.document.getDocumentCatalog();
		catalog.setLanguage(LANGUAGE);
		PDMarkInfo markInfo = new PDMarkInfo();
		markInfo.setMarked(true);
		catalog.setMarkInfo(markInfo);
		PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
		preferences.setDisplayDocTitle(true);
		catalog.setViewerPreferences(preferences);
		PDMetadata metadata = new PDMetadata(this.document);
		metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
		catalog.setMetadata(metadata);
		PDOutputIntent intent = new PDOutputIntent(this.document,
				new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
		intent.setInfo("sRGB IEC61966-2.1");
		intent.setOutputCondition("sRGB IEC61966-2.1");
		intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);
		PDStructureTreeRoot tree = new PDStructureTreeRoot();
		catalog.setStructureTreeRoot(tree);
		this.root = new PDStructureElement("Document", tree);
		tree.appendKid(this.root);
		newPage();
	}

	void heading(int level, List<TemplateText.Run> runs) throws IOException {
		endList();
		float size = level == 1 ? 17 : level == 2 ? 14 : 12;
		this.y -= size * 0.4f;
		text(element("H" + level, this.root), pieces(runs, true), size, 0);
	}

	void paragraph(List<TemplateText.Run> runs) throws IOException {
		endList();
		text(element("P", this.root), pieces(runs, false), 11, 0);
	}

	/** A list item; consecutive items of the same kind make one list. */
	void item(String label, boolean numbered, List<TemplateText.Run> runs) throws IOException {
		String numbering = numbered ? PDListAttributeObject.LIST_NUMBERING_DECIMAL : PDListAttributeObject.LIST_NUMBERING_DISC;
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
		text(element("Lbl", item), pieces(List.of(new TemplateText.Run(label, false)), false), 11, 0);
		this.y = top;
		text(element("LBody", item), pieces(runs, false), 11, LIST_INDENT);
	}

	/** A line to sign on: drawn, and an artifact for assistive technology (the text before it says who signs). */
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

	/** A heading of plain text, for documents written outside this package (a comparison of cards, for one). */
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
		PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
		Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
		for (int i = 0; i < this.parents.size(); i++) {
			COSArray elements = new COSArray();
			this.parents.get(i).forEach(e -> elements.add(e.getCOSObject()));
			numbers.put(i, new PDParentTreeValue(elements));
		}
		parentTree.setNumbers(numbers);
		PDStructureTreeRoot tree = this.document.getDocumentCatalog().getStructureTreeRoot();
		tree.setParentTree(parentTree);
		tree.setParentTreeNextKey(this.parents.size());
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

	/** Writes wrapped text for {@code element}: each page it reaches gets one marked-content sequence of it. */
	private void text(PDStructureElement element, List<Piece> pieces, float size, float indent) throws IOException {
		List<List<Piece>> lines = wrap(pieces, size, WIDTH - indent);
		boolean open = false;
		for (List<Piece> line : lines) {
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
			for (Piece piece : line) {
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

	/** The runs as pieces of one font each: bold or regular Titillium Web, DejaVu Sans for the signs it lacks. */
	private List<Piece> pieces(List<TemplateText.Run> runs, boolean heading) throws IOException {
		List<Piece> pieces = new ArrayList<>();
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
					pieces.add(new Piece(text.toString(), current));
					text.setLength(0);
				}
				current = needed;
				text.append(covers(needed, sign) || sign.equals("\n") ? sign : "?");
			}
			if (!text.isEmpty()) {
				pieces.add(new Piece(text.toString(), current));
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

	/** Breaks the pieces into lines at spaces (and at line breaks) so that each line fits {@code width}. */
	private static List<List<Piece>> wrap(List<Piece> pieces, float size, float width) throws IOException {
		List<List<Piece>> lines = new ArrayList<>();
		List<Piece> line = new ArrayList<>();
		float used = 0;
		for (Piece piece : pieces) {
			for (String part : piece.text().split("(?<=[ \n])")) {
				boolean breaks = part.endsWith("\n");
				for (String word : fitting(breaks ? part.substring(0, part.length() - 1) : part, piece.font(), size, width)) {
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

	/** The word, or the pieces of a word longer than a line (a long web address), each as long as a line. */
	private static List<String> fitting(String word, PDFont font, float size, float width) throws IOException {
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

	private static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** A line without the space it was broken at. */
	private static List<Piece> trimmed(List<Piece> line) {
		if (!line.isEmpty()) {
			Piece last = line.get(line.size() - 1);
			line.set(line.size() - 1, new Piece(last.text().stripTrailing(), last.font()));
		}
		return line;
	}

	/** Dublin Core title, PDF/UA-1 and PDF/A-2a identification, and the extension schema PDF/A asks for pdfuaid. */
	private static String xmp(String title) {
		return """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
				      xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
				      xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
				      xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
				      xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
				      xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
				   <dc:format>application/pdf</dc:format>
				   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
				   <dc:creator><rdf:Seq><rdf:li>%2$s</rdf:li></rdf:Seq></dc:creator>
				   <dc:language><rdf:Bag><rdf:li>%3$s</rdf:li></rdf:Bag></dc:language>
				   <xmp:CreatorTool>%4$s</xmp:CreatorTool>
				   <pdfaid:part>2</pdfaid:part>
				   <pdfaid:conformance>A</pdfaid:conformance>
				   <pdfuaid:part>1</pdfuaid:part>
				   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
				    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
				    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
				    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
				    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
				     <pdfaProperty:name>part</pdfaProperty:name>
				     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
				     <pdfaProperty:category>internal</pdfaProperty:category>
				     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
				    </rdf:li></rdf:Seq></pdfaSchema:property>
				   </rdf:li></rdf:Bag></pdfaExtension:schemas>
				  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>""".formatted(escape(title), AUTHOR, LANGUAGE, CREATOR);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static byte[] font(String name) {
		try (InputStream in = TaggedPdf.class.getResourceAsStream("/doctemplates/fonts/" + name)) {
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
