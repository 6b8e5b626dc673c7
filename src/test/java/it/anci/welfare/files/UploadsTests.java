package it.anci.welfare.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import it.anci.welfare.support.SampleFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The type of an upload comes from its content: real files of every accepted type pass,
 * impostors do not, and a hostile Office package is refused without harm.
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

	static final String MAIN_PART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

	static final String DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	static final String WORKBOOK_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	static Stream<Arguments> packagesOfOtherProducers() {
		return Stream.of(
				Arguments.of("a target relative to the folder",
						office(relationships("", "./word/document.xml"), types("", override("/word/document.xml")),
								"word/document.xml"),
						AcceptedType.DOCX),
				Arguments.of("an absolute target, a part name in other letter case",
						office(relationships("", "/word/document.xml"), types("", override("/WORD/Document.xml")),
								"word/document.xml"),
						AcceptedType.DOCX),
				Arguments.of("a workbook typed by its extension",
						office(relationships("", "xl/workbook.xml"),
								types("", "<Default Extension=\"XML\" ContentType=\"" + WORKBOOK_MAIN + "\"/>"),
								"xl/workbook.xml"),
						AcceptedType.XLSX));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("packagesOfOtherProducers")
	void officePackagesAreToldApartByTheirMainPart(String name, byte[] content, AcceptedType expected) {
		assertThat(this.uploads.detect(content, "file.zip")).isEqualTo(expected);
	}

	static Stream<Arguments> notDocuments() {
		return Stream.of(
				Arguments.of("a main part that is missing",
						office(relationships("", "word/document.xml"), types("", override("/word/document.xml")))),
				Arguments.of("a main part outside the package",
						office(relationships("", "https://example.org/word/document.xml"),
								types("", override("/word/document.xml")), "word/document.xml")),
				Arguments.of("a presentation",
						office(relationships("", "ppt/presentation.xml"),
								types("", "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/"
										+ "vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>"),
								"ppt/presentation.xml")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notDocuments")
	void aPackageWhoseMainPartIsNotADocumentOrWorkbookIsRefused(String name, byte[] content) {
		assertThatThrownBy(() -> this.uploads.detect(content, "verbale.docx"))
			.isInstanceOf(UploadRejectedException.class);
	}

	/**
	 * Were the entity read, the target would be the document and the package a DOCX; were
	 * the DTD fetched, the check would wait for an address that never answers.
	 */
	@Test
	void packagePartsWithADoctypeAreNotReadSoNoEntityReachesAFileOrTheNetwork(@TempDir Path folder) throws IOException {
		Path target = Files.writeString(folder.resolve("target.txt"), "word/document.xml");
		String fileEntity = "<!DOCTYPE Relationships [<!ENTITY target SYSTEM \"" + target.toUri() + "\">]>";
		String remoteDtd = "<!DOCTYPE Relationships SYSTEM \"http://192.0.2.1/relationships.dtd\">";
		String internalEntity = "<!DOCTYPE Types [<!ENTITY main \"" + DOCUMENT_MAIN + "\">]>";
		for (byte[] hostile : List.of(
				office(relationships(fileEntity, "&target;"), types("", override("/word/document.xml")),
						"word/document.xml"),
				office(relationships(remoteDtd, "word/document.xml"), types("", override("/word/document.xml")),
						"word/document.xml"),
				office(relationships("", "word/document.xml"),
						types(internalEntity, "<Override PartName=\"/word/document.xml\" ContentType=\"&main;\"/>"),
						"word/document.xml"))) {
			assertTimeoutPreemptively(Duration.ofSeconds(10),
					() -> assertThatThrownBy(() -> this.uploads.detect(hostile, "verbale.docx"))
						.isInstanceOf(UploadRejectedException.class));
		}
	}

	@Test
	void aPackageWhoseRelationshipsAreHugeIsRefusedQuickly() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", types("", override("/word/document.xml")));
			entry(zip, "word/document.xml", "<document/>");
			// well formed, so only its size refuses it: 16 MB of spaces inside the root
			zip.putNextEntry(new ZipEntry("_rels/.rels"));
			zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
				.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 16; i++) {
				zip.write(spaces);
			}
			zip.write(("<Relationship Id=\"rId1\" Type=\"" + MAIN_PART
					+ "\" Target=\"word/document.xml\"/></Relationships>")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThatThrownBy(() -> this.uploads.detect(bytes.toByteArray(), "verbale.docx"))
					.isInstanceOf(UploadRejectedException.class));
	}

	private static String relationships(String doctype, String mainTarget) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + MAIN_PART + "\" Target=\"" + mainTarget + "\""
				+ (mainTarget.startsWith("http") ? " TargetMode=\"External\"" : "") + "/></Relationships>";
	}

	private static String types(String doctype, String main) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ main + "</Types>";
	}

	private static String override(String partName) {
		return "<Override PartName=\"" + partName + "\" ContentType=\"" + DOCUMENT_MAIN + "\"/>";
	}

	/** A package with these relationships, content types and (empty) parts. */
	private static byte[] office(String relationships, String types, String... parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", types);
			entry(zip, "_rels/.rels", relationships);
			for (String part : parts) {
				entry(zip, part, "<part/>");
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
