package it.anci.welfare.files;

import java.util.Arrays;
import java.util.Optional;

/** The only kinds of file staff may upload, recognised by their content. */
public enum AcceptedType {

	PDF("application/pdf", "pdf", "PDF"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word (DOCX)"),
	ODT("application/vnd.oasis.opendocument.text", "odt", "OpenDocument testo (ODT)"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel (XLSX)"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", "OpenDocument foglio di calcolo (ODS)"),
	CSV("text/csv", "csv", "CSV"), PNG("image/png", "png", "immagine PNG"), JPEG("image/jpeg", "jpg", "immagine JPEG");

	private final String mediaType;

	private final String extension;

	private final String label;

	AcceptedType(String mediaType, String extension, String label) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.label = label;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String label() {
		return this.label;
	}

	static Optional<AcceptedType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
	}

	/**
	 * For the form's {@code accept} attribute: a hint to the browser; the server still
	 * checks the content.
	 */
	public static String acceptAttribute() {
		return String.join(",", Arrays.stream(values()).map(t -> "." + t.extension).toList()) + ",.jpeg";
	}

	/** "PDF, Word (DOCX), …" for messages and help texts. */
	public static String labels() {
		return String.join(", ", Arrays.stream(values()).map(AcceptedType::label).toList());
	}

}
