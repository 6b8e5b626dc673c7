package it.anci.welfare.doctemplates;

import java.util.List;

import it.anci.welfare.support.DocumentValidators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What staff may type into a source text still gives a conforming PDF, with its text
 * extractable as typed.
 */
class TaggedPdfTests {

	@Test
	void signsOutsideTheFontAHeadingThatSkipsALevelAndALongAddressStillConform() throws Exception {
		String source = """
				### Avviso – «prima» 2021

				Casella □ e spunta ☐, euro €, tab\there, emoji 😀, cinese 中文, e-mail ufficio@comune.esempio.it
				https://www.comune.esempio.it/amministrazione-trasparente/bandi-di-gara-e-contratti/avviso-pubblico-per-la-manifestazione-di-interesse

				1. primo
				2. **secondo** punto
				- una voce

				---
				""";
		byte[] pdf = DocumentWriters.render(source, "Avviso <di prova> & altro", TemplateFormat.PDF);
		assertThat(DocumentValidators.veraPdf(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
		assertThat(DocumentValidators.veraPdf(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Avviso – «prima» 2021", "Casella □", "euro €",
					"secondo punto");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Avviso <di prova> & altro");
			float[] right = { 0 };
			PDFTextStripper positions = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> letters) {
					letters.forEach(l -> right[0] = Math.max(right[0], l.getXDirAdj() + l.getWidthDirAdj()));
				}
			};
			positions.getText(document);
			// the long address is broken to stay inside the 2 cm margin of an A4 page
			assertThat(right[0]).isGreaterThan(400).isLessThanOrEqualTo(595.3f - 56.7f + 0.5f);
		}
	}

	@Test
	void anEmptyTextIsAnEmptyConformingPage() throws Exception {
		byte[] pdf = DocumentWriters.render("", "Vuoto", TemplateFormat.PDF);
		assertThat(DocumentValidators.veraPdf(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
		assertThat(DocumentValidators.veraPdf(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
	}

}
