package it.anci.welfare.doctemplates;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DOCX of a source text, read back with Apache POI: lists that restart as the source
 * numbers them, text as typed, the signature line.
 */
class DocxWriterTests {

	static final String LISTS = """
			# Delibera

			- una voce
			- un'altra voce

			1. uno
			2. due
			3. tre

			Un paragrafo in mezzo.

			4. quattro
			5. cinque

			## Secondo elenco

			- ancora una voce

			1. di nuovo uno
			2. di nuovo due
			""";

	@Test
	void eachNumberedListStartsAtItsFirstNumberAndEveryBulletedListIsOne() throws Exception {
		try (XWPFDocument document = read(DocumentWriters.render(LISTS, "Delibera", TemplateFormat.DOCX))) {
			List<XWPFParagraph> items = document.getParagraphs()
				.stream()
				.filter(p -> "ListParagraph".equals(p.getStyle()))
				.toList();
			assertThat(items).extracting(XWPFParagraph::getText)
				.containsExactly("una voce", "un'altra voce", "uno", "due", "tre", "quattro", "cinque",
						"ancora una voce", "di nuovo uno", "di nuovo due");
			assertThat(items).extracting(XWPFParagraph::getNumFmt)
				.containsExactly("bullet", "bullet", "decimal", "decimal", "decimal", "decimal", "decimal", "bullet",
						"decimal", "decimal");
			BigInteger bullets = items.get(0).getNumID();
			assertThat(items.get(7).getNumID()).isEqualTo(bullets);
			assertThat(List.of(items.get(2), items.get(5), items.get(8))).extracting(XWPFParagraph::getNumID)
				.doesNotContain(bullets)
				.doesNotHaveDuplicates();
			assertThat(items.get(3).getNumID()).isEqualTo(items.get(2).getNumID());
			assertThat(items.get(6).getNumID()).isEqualTo(items.get(5).getNumID());
			assertThat(List.of(items.get(2), items.get(5), items.get(8))).extracting(XWPFParagraph::getNumStartOverride)
				.containsExactly(BigInteger.ONE, BigInteger.valueOf(4), BigInteger.ONE);
			assertThat(AccessibleDocumentsTests.schemaErrors(NumberingDocument.Factory
				.parse(AccessibleDocumentsTests.part(document, "/word/numbering.xml").getInputStream()))).isEmpty();
		}
	}

	@Test
	void textIsWrittenAsTypedWithItsBoldRunsLineBreaksAndTheSignatureLine() throws Exception {
		String source = """
				Il **Comune** di Forlì & "Cesena" – 1 < 2 > 0, €, 😀\u0007\\
				seconda riga

				---
				""";
		byte[] docx = DocumentWriters.render(source, "Avviso <di prova> & altro", TemplateFormat.DOCX);
		try (XWPFDocument document = read(docx)) {
			assertThat(AccessibleDocumentsTests.schemaErrors(DocumentDocument.Factory
				.parse(AccessibleDocumentsTests.part(document, "/word/document.xml").getInputStream()))).isEmpty();
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			assertThat(paragraphs).hasSize(2);
			XWPFParagraph text = paragraphs.get(0);
			assertThat(text.getText()).isEqualTo("Il Comune di Forlì & \"Cesena\" – 1 < 2 > 0, €, 😀\nseconda riga");
			assertThat(text.getRuns()).filteredOn(XWPFRun::isBold).extracting(XWPFRun::text).containsExactly("Comune");
			XWPFParagraph signature = paragraphs.get(1);
			assertThat(signature.getText()).isEqualTo(DocumentWriters.SIGNATURE_LINE);
			assertThat(signature.getSpacingBefore()).isEqualTo(480);
			assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Avviso <di prova> & altro");
			assertThat(document.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
				.hasValue("it-IT");
			assertThat(document.getProperties().getCoreProperties().getLastModifiedByUser()).isEqualTo("ANCI Umbria");
			assertThat(document.getStyles().getStyle("Normal").getCTStyle().getRPr().getSzArray(0).getVal())
				.isEqualTo(BigInteger.valueOf(22));
		}
		assertThat(DocumentWriters.render(source, "Avviso <di prova> & altro", TemplateFormat.DOCX))
			.as("the same text gives the same bytes")
			.isEqualTo(docx);
	}

	private static XWPFDocument read(byte[] docx) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

}
