package it.anci.welfare.files;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import it.anci.welfare.support.SampleFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The type of an upload comes from its content: real files of every accepted type pass,
 * impostors do not.
 */
class UploadsTests {

	private final Uploads uploads = new Uploads(null, messages());

	private static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/files");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static Stream<Arguments> realFiles() {
		return Stream.of(Arguments.of("relazione.pdf", (Supplier<byte[]>) SampleFiles::pdf, AcceptedType.PDF),
				Arguments.of("verbale.docx", (Supplier<byte[]>) SampleFiles::docx, AcceptedType.DOCX),
				Arguments.of("verbale.odt", (Supplier<byte[]>) SampleFiles::odt, AcceptedType.ODT),
				Arguments.of("dati.xlsx", (Supplier<byte[]>) SampleFiles::xlsx, AcceptedType.XLSX),
				Arguments.of("dati.ods", (Supplier<byte[]>) SampleFiles::ods, AcceptedType.ODS),
				Arguments.of("dati.csv", (Supplier<byte[]>) SampleFiles::csv, AcceptedType.CSV),
				Arguments.of("logo.png", (Supplier<byte[]>) SampleFiles::png, AcceptedType.PNG),
				Arguments.of("foto.jpg", (Supplier<byte[]>) SampleFiles::jpeg, AcceptedType.JPEG),
				// a wrong or missing extension does not matter: the content decides
				Arguments.of("verbale.pdf", (Supplier<byte[]>) SampleFiles::docx, AcceptedType.DOCX),
				Arguments.of("senza-estensione", (Supplier<byte[]>) SampleFiles::pdf, AcceptedType.PDF));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("realFiles")
	void realFilesAreRecognisedByTheirContent(String name, Supplier<byte[]> content, AcceptedType expected) {
		assertThat(this.uploads.detect(content.get(), name)).isEqualTo(expected);
	}

	static Stream<Arguments> impostors() {
		return Stream.of(Arguments.of("relazione.pdf", (Supplier<byte[]>) SampleFiles::html),
				Arguments.of("logo.png", (Supplier<byte[]>) SampleFiles::svg),
				Arguments.of("dati.csv", (Supplier<byte[]>) SampleFiles::html),
				Arguments.of("dati.csv", (Supplier<byte[]>) SampleFiles::shellScript),
				Arguments.of("verbale.docx", (Supplier<byte[]>) SampleFiles::zip),
				Arguments.of("note.txt", (Supplier<byte[]>) SampleFiles::csv));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("impostors")
	void filesOfOtherTypesAreRefusedWhateverTheirName(String name, Supplier<byte[]> content) {
		assertThatThrownBy(() -> this.uploads.detect(content.get(), name)).isInstanceOf(UploadRejectedException.class)
			.satisfies(refused -> {
				assertThat(messages().getMessage((UploadRejectedException) refused, Locale.ITALIAN)).contains(name)
					.contains("Sono ammessi solo: PDF, Word (DOCX)");
				assertThat(messages().getMessage((UploadRejectedException) refused, Locale.ENGLISH)).contains(name)
					.contains("Only these are accepted: PDF, Word (DOCX)");
			});
	}

	@Test
	void namesAreCleanedAndGivenTheExtensionOfTheRealType() {
		assertThat(Uploads.filename("C:\\fakepath\\Verbale 5 febbraio (bozza).DOCX", AcceptedType.DOCX))
			.isEqualTo("Verbale-5-febbraio-bozza.docx");
		assertThat(Uploads.filename("../../etc/passwd", AcceptedType.PDF)).isEqualTo("passwd.pdf");
		assertThat(Uploads.filename("<img onerror=alert(1)>.pdf", AcceptedType.PDF))
			.isEqualTo("img-onerror-alert-1.pdf");
		assertThat(Uploads.filename("Città di Forlì.odt", AcceptedType.ODT)).isEqualTo("Città-di-Forlì.odt");
		assertThat(Uploads.filename("...", AcceptedType.PNG)).isEqualTo("file.png");
		assertThat(Uploads.filename("a".repeat(300) + ".pdf", AcceptedType.PDF)).hasSize(Uploads.MAX_NAME_LENGTH + 4);
	}

}
