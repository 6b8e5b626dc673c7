package it.anci.welfare.doctemplates;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.files.FileStore;
import it.anci.welfare.support.DocumentValidators;
import it.anci.welfare.support.PortalTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.element.text.TextListElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated file, as the portal serves it (the stored files and a copy filled in
 * for Osimo), checked with independent tools: veraPDF for PDF/UA-1 and PDF/A-2a, the ODF
 * Toolkit validator for ODT, Office Open XML's own schemas for DOCX; plus what a screen
 * reader and an office suite rely on: headings, lists, language, title, author.
 */
@PortalTest
class AccessibleDocumentsTests {

	static final String OSIMO = "?comune=042034&formato=";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TemplateGeneration generation;

	@Test
	void everyPdfConformsToPdfUa1AndPdfA2aWithEmbeddedFontsTitleLanguageAndTheStructureOfItsText() throws Exception {
		Map<String, byte[]> pdfs = files("pdf");
		assertThat(pdfs).as("every template and a compiled copy").hasSize(templates() + 1);
		for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
			assertThat(DocumentValidators.veraPdf(pdf.getValue(), PDFAFlavour.PDFUA_1))
				.as("PDF/UA-1 of " + pdf.getKey())
				.isEmpty();
			assertThat(DocumentValidators.veraPdf(pdf.getValue(), PDFAFlavour.PDFA_2_A))
				.as("PDF/A-2a of " + pdf.getKey())
				.isEmpty();
			String slug = slugOf(pdf.getKey());
			try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
				var catalog = document.getDocumentCatalog();
				assertThat(catalog.getLanguage()).isEqualTo("it-IT");
				assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title(slug));
				assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("ANCI Umbria");
				assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
				assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
					.contains("<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>", "<dc:title>")
					.contains(title(slug).replace("&", "&amp;"));
				for (PDPage page : document.getPages()) {
					assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs"))).isEqualTo("S");
					for (COSName name : page.getResources().getFontNames()) {
						PDFont font = page.getResources().getFont(name);
						assertThat(font.isEmbedded()).as(font.getName()).isTrue();
						assertThat(font.getName()).containsAnyOf("TitilliumWeb", "DejaVuSans");
					}
				}
				PDStructureElement root = (PDStructureElement) catalog.getStructureTreeRoot().getKids().get(0);
				assertThat(root.getStructureType()).isEqualTo("Document");
				assertThat(structure(root)).as(pdf.getKey()).isEqualTo(expectedStructure(source(slug)));
			}
		}
	}

	@Test
	void everyDocxHasValidStylesAndNumberingPartsRealHeadingsAndListsItalianAndItsAuthor() throws Exception {
		Map<String, byte[]> docxs = files("docx");
		assertThat(docxs).as("every template and a compiled copy").hasSize(templates() + 1);
		for (Map.Entry<String, byte[]> docx : docxs.entrySet()) {
			String slug = slugOf(docx.getKey());
			TemplateText text = TemplateText.parse(source(slug));
			try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getValue()))) {
				PackagePart styles = part(document, "/word/styles.xml");
				PackagePart numbering = part(document, "/word/numbering.xml");
				assertThat(schemaErrors(StylesDocument.Factory.parse(styles.getInputStream()))).as(docx.getKey())
					.isEmpty();
				assertThat(schemaErrors(NumberingDocument.Factory.parse(numbering.getInputStream()))).as(docx.getKey())
					.isEmpty();
				assertThat(schemaErrors(
						DocumentDocument.Factory.parse(part(document, "/word/document.xml").getInputStream())))
					.as(docx.getKey())
					.isEmpty();
				assertThat(new String(styles.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
					.containsPattern("<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val=\"it-IT\"");
				for (String style : List.of("Normal", "Title", "Heading1", "Heading2", "Heading3", "ListParagraph")) {
					assertThat(document.getStyles().styleExist(style)).as(style).isTrue();
				}
				assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");

				List<String> headings = new ArrayList<>();
				int bullets = 0;
				int numbered = 0;
				for (XWPFParagraph paragraph : document.getParagraphs()) {
					if (paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading")) {
						assertThat(document.getStyles().getStyle(paragraph.getStyle())).as(paragraph.getStyle())
							.isNotNull();
						headings
							.add(paragraph.getStyle() + (personalised(docx.getKey()) ? "" : " " + paragraph.getText()));
					}
					if ("ListParagraph".equals(paragraph.getStyle())) {
						BigInteger numId = paragraph.getNumID();
						assertThat(numId).as(paragraph.getText()).isNotNull();
						assertThat(paragraph.getNumIlvl()).isEqualTo(BigInteger.ZERO);
						assertThat(document.getNumbering().getNum(numId)).isNotNull();
						if ("bullet".equals(paragraph.getNumFmt())) {
							bullets++;
						}
						else if ("decimal".equals(paragraph.getNumFmt())) {
							numbered++;
						}
					}
					assertThat(paragraph.getText()).doesNotStartWith("• ");
				}
				assertThat(headings).as(docx.getKey())
					.isEqualTo(text.blocks()
						.stream()
						.filter(b -> b.kind() == TemplateText.Kind.HEADING)
						.map(b -> "Heading" + b.level() + (personalised(docx.getKey()) ? "" : " " + b.text()))
						.toList());
				assertThat(bullets).isEqualTo(count(text, TemplateText.Kind.BULLET));
				assertThat(numbered).isEqualTo(count(text, TemplateText.Kind.NUMBERED));
				var core = document.getProperties().getCoreProperties();
				assertThat(core.getCreator()).isEqualTo("ANCI Umbria");
				assertThat(core.getTitle()).isEqualTo(title(slug));
				assertThat(document.getProperties().getExtendedProperties().getApplication())
					.isEqualTo("Portale Welfare dei Comuni");
			}
		}
		assertThat(count(TemplateText.parse(source(TemplateFilesTests.ACT)), TemplateText.Kind.NUMBERED)).isPositive();
	}

	@Test
	void everyOdtPassesTheOdfValidatorAndIsItalianWithRealListsAndItsOwnMetadata(@TempDir Path folder)
			throws Exception {
		Map<String, byte[]> odts = files("odt");
		assertThat(odts).as("every template and a compiled copy").hasSize(templates() + 1);
		List<Path> paths = new ArrayList<>();
		for (Map.Entry<String, byte[]> odt : odts.entrySet()) {
			paths.add(Files.write(folder.resolve(odt.getKey()), odt.getValue()));
		}
		DocumentValidators.OdfReport report = DocumentValidators.odfValidator(paths);
		assertThat(report.text()).doesNotContain("Error:", "Warning:", "Fatal:");
		for (Path path : paths) {
			assertThat(report.text()).contains(path + ":  Info: no errors, no warnings");
		}
		assertThat(report.exitCode()).isZero();

		for (Map.Entry<String, byte[]> odt : odts.entrySet()) {
			String slug = slugOf(odt.getKey());
			TemplateText text = TemplateText.parse(source(slug));
			try (OdfTextDocument document = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt.getValue()))) {
				var defaults = document.getDocumentStyles().getDefaultStyle(OdfStyleFamily.Paragraph);
				assertThat(defaults.getProperty(OdfTextProperties.Language)).isEqualTo("it");
				assertThat(defaults.getProperty(OdfTextProperties.Country)).isEqualTo("IT");
				var lists = document.getContentRoot()
					.getElementsByTagNameNS(TextListElement.ELEMENT_NAME.getUri(), "list");
				assertThat(lists.getLength()).as(odt.getKey())
					.isEqualTo(expectedStructure(source(slug)).stream().filter(s -> s.startsWith("L ")).count());
				int items = document.getContentRoot()
					.getElementsByTagNameNS(TextListElement.ELEMENT_NAME.getUri(), "list-item")
					.getLength();
				assertThat(items)
					.isEqualTo(count(text, TemplateText.Kind.BULLET) + count(text, TemplateText.Kind.NUMBERED));
				assertThat(document.getContentRoot().getTextContent()).doesNotContain("• ");
				OdfOfficeMeta meta = document.getOfficeMetadata();
				assertThat(meta.getInitialCreator()).isEqualTo("ANCI Umbria");
				assertThat(meta.getCreator()).isEqualTo("ANCI Umbria");
				assertThat(meta.getTitle()).isEqualTo(title(slug));
				assertThat(meta.getGenerator()).isEqualTo("Portale Welfare dei Comuni");
				assertThat(meta.getLanguage()).isEqualTo("it-IT");
				assertThat(meta.getUserDefinedDataNames()).isNullOrEmpty();
				assertThat(meta.getCreationDate()).isNotNull();
			}
			String metaXml = zipEntry(odt.getValue(), "meta.xml");
			assertThat(metaXml).doesNotContain("hanbiao", "StarOffice", "License", "Apache");
		}
	}

	@Test
	void filesWrittenByTheOlderWritersAreWrittenAgainOnce() {
		String slug = "lettera-ai-sindaci-anci-umbria";
		String source = source(slug);
		// what the first version stored: the SHA-256 of the source text alone
		this.jdbc.sql("update doc_template_file set source_sha256 = ? where template_slug = ?")
			.params(FileStore.sha256(source.getBytes(StandardCharsets.UTF_8)), slug)
			.update();
		assertThat(this.generation.regenerate(slug)).isEqualTo(3);
		assertThat(this.jdbc.sql("select distinct source_sha256 from doc_template_file where template_slug = ?")
			.param(slug)
			.query(String.class)
			.list()).containsExactly(TemplateGeneration.fingerprint(source));
		assertThat(this.generation.regenerate(slug)).isZero();
	}

	/**
	 * Each stored file of a format by "slug.ext", and the copy filled in for Osimo as
	 * "compila-<slug>.ext".
	 */
	private Map<String, byte[]> files(String extension) throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String slug : this.jdbc.sql("select slug from doc_template order by position")
			.query(String.class)
			.list()) {
			files.put(slug + "." + extension, get("/modelli/" + slug + "/file." + extension));
		}
		files.put("compila-" + TemplateFilesTests.ACT + "." + extension,
				get("/modelli/" + TemplateFilesTests.ACT + "/compila" + OSIMO + extension));
		return files;
	}

	private int templates() {
		return this.jdbc.sql("select count(*) from doc_template").query(Integer.class).single();
	}

	private static boolean personalised(String name) {
		return name.startsWith("compila-");
	}

	private static String slugOf(String name) {
		return name.replaceFirst("^compila-", "").replaceFirst("\\.[a-z]+$", "");
	}

	private String source(String slug) {
		return this.jdbc.sql("select source_markdown from doc_template where slug = ?")
			.param(slug)
			.query(String.class)
			.single();
	}

	private String title(String slug) {
		return this.jdbc.sql("select title from doc_template where slug = ?").param(slug).query(String.class).single();
	}

	/**
	 * The structure a screen reader walks, as "H1", "P", "L 3" (a list of three items,
	 * each with Lbl and LBody).
	 */
	private static List<String> structure(PDStructureElement root) {
		List<String> types = new ArrayList<>();
		for (Object kid : root.getKids()) {
			PDStructureElement element = (PDStructureElement) kid;
			if (element.getStructureType().equals("L")) {
				for (Object item : element.getKids()) {
					List<String> parts = ((PDStructureElement) item).getKids()
						.stream()
						.map(k -> ((PDStructureElement) k).getStructureType())
						.toList();
					assertThat(((PDStructureElement) item).getStructureType()).isEqualTo("LI");
					assertThat(parts).containsExactly("Lbl", "LBody");
				}
				types.add("L " + element.getKids().size());
			}
			else {
				types.add(element.getStructureType());
			}
		}
		return types;
	}

	/**
	 * The structure the source text calls for; a signature line is an artifact, not part
	 * of it.
	 */
	private static List<String> expectedStructure(String source) {
		List<String> types = new ArrayList<>();
		TemplateText.Kind previous = null;
		int items = 0;
		for (TemplateText.Block block : TemplateText.parse(source).blocks()) {
			boolean item = block.kind() == TemplateText.Kind.BULLET || block.kind() == TemplateText.Kind.NUMBERED;
			if (items > 0 && block.kind() != previous) {
				types.add("L " + items);
				items = 0;
			}
			if (item) {
				items++;
			}
			else if (block.kind() == TemplateText.Kind.HEADING) {
				types.add("H" + block.level());
			}
			else if (block.kind() == TemplateText.Kind.PARAGRAPH) {
				types.add("P");
			}
			previous = block.kind();
		}
		if (items > 0) {
			types.add("L " + items);
		}
		return types;
	}

	private static long count(TemplateText text, TemplateText.Kind kind) {
		return text.blocks().stream().filter(b -> b.kind() == kind).count();
	}

	static PackagePart part(XWPFDocument document, String name) throws Exception {
		PackagePart part = document.getPackage()
			.getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(name));
		assertThat(part).as(name).isNotNull();
		return part;
	}

	/**
	 * Errors of the Office Open XML schema that POI's XMLBeans classes were generated
	 * from.
	 */
	static List<XmlError> schemaErrors(XmlObject xml) {
		List<XmlError> errors = new ArrayList<>();
		xml.validate(new XmlOptions().setErrorListener(errors));
		return errors;
	}

	private static String zipEntry(byte[] zip, String name) throws Exception {
		try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " missing");
	}

	private byte[] get(String path) throws Exception {
		HttpResponse<byte[]> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
