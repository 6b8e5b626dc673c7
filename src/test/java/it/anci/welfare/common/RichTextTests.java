package it.anci.welfare.common;

import java.util.stream.Stream;

import it.anci.welfare.support.XssCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff Markdown becomes inert HTML: every vector of the XSS corpus, alone and all
 * together.
 */
class RichTextTests {

	static Stream<String> vectors() {
		return XssCorpus.vectors().stream();
	}

	@Test
	void theCorpusIsLargeEnough() {
		assertThat(XssCorpus.vectors()).hasSizeGreaterThanOrEqualTo(30);
	}

	@ParameterizedTest
	@MethodSource("vectors")
	void eachVectorRendersInert(String vector) {
		assertThat(XssCorpus.activeParts(RichText.toHtml(vector))).isEmpty();
	}

	@Test
	void allVectorsTogetherRenderInert() {
		assertThat(XssCorpus.activeParts(RichText.toHtml(XssCorpus.asOneText()))).isEmpty();
	}

	@Test
	void theCheckItselfRecognisesActiveHtml() {
		assertThat(XssCorpus
			.activeParts("<p onclick=\"x()\">a</p><a href=\"javascript:x()\">b</a><svg></svg><i style=\"x\">c</i>"))
			.hasSize(4);
	}

	@Test
	void aLinkWithARefusedAddressBecomesPlainText() {
		assertThat(RichText.toHtml("[clicca qui](javascript:alert(1))")).isEqualTo("<p>clicca qui</p>\n");
		assertThat(RichText.toHtml("[vedi il catalogo](/pratiche?area=ANZIANI)"))
			.contains("<a href=\"/pratiche?area&#61;ANZIANI\"");
	}

	@Test
	void ordinaryMarkdownKeepsItsFormatting() {
		assertThat(RichText.toHtml("**grassetto**, [sito](https://www.anci.it) e\n\n- uno\n- due"))
			.contains("<strong>grassetto</strong>", "<a href=\"https://www.anci.it\"", "<li>uno</li>");
	}

}
