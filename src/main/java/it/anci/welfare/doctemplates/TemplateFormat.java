package it.anci.welfare.doctemplates;

import java.util.Arrays;
import java.util.Optional;

/** The formats every template is generated in. */
public enum TemplateFormat {

	DOCX("docx", "Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	ODT("odt", "OpenDocument (ODT)", "application/vnd.oasis.opendocument.text"), PDF("pdf", "PDF", "application/pdf");

	private final String extension;

	private final String label;

	private final String mediaType;

	TemplateFormat(String extension, String label, String mediaType) {
		this.extension = extension;
		this.label = label;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String label() {
		return this.label;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public static Optional<TemplateFormat> fromExtension(String extension) {
		return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
	}

}
