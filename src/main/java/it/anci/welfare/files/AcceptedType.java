package it.anci.welfare.files;

import java.util.Arrays;
import java.util.Optional;

/** The only kinds of file staff may upload, recognised by their content. */
public enum AcceptedType {

	// named for people, in this order, by files.types.accepted in i18n/files.properties
	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	ODT("application/vnd.oasis.opendocument.text", "odt"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"), CSV("text/csv", "csv"), PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg");

	private final String mediaType;

	private final String extension;

	AcceptedType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
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

}
