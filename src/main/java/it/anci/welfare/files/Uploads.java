package it.anci.welfare.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

import it.anci.welfare.common.Message;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded file and keeps it: the type is read from the content with Apache
 * Tika (an HTML page or a script renamed ".pdf" is refused), the name is cleaned and
 * given the extension of the real type. The size limit is the servlet's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}), answered by a page of its own.
 */
@Service
public class Uploads {

	static final int MAX_NAME_LENGTH = 100;

	private final Tika tika = new Tika();

	private final FileStore store;

	private final MessageSource messages;

	Uploads(FileStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	/**
	 * The step of every "add a document" form: checks the title and the file, then hands
	 * the stored file to {@code attach}, in one transaction. Returns the message for the
	 * form, in the reader's language, when either is refused (the form keeps the title; a
	 * browser never keeps a chosen file, so the message asks for it again).
	 * @param titleExampleKey the key of an example title, e.g. "Nota di lettura"
	 */
	@Transactional
	public Optional<String> attach(String title, String titleExampleKey, MultipartFile upload,
			Consumer<StoredFile> attach) {
		if (title == null || title.isBlank()) {
			return Optional.of(text(Message.of("files.upload.noTitle", Message.of(titleExampleKey))));
		}
		try {
			attach.accept(accept(upload));
			return Optional.empty();
		}
		catch (UploadRejectedException rejected) {
			return Optional.of(text(Message.of("files.upload.chooseAgain", rejected.text())));
		}
	}

	/**
	 * A refused upload's reason followed by what to do next, as a form shows it.
	 * @param nextKey the key of a message whose {@code {0}} is the reason
	 */
	public String reason(UploadRejectedException rejected, String nextKey) {
		return text(Message.of(nextKey, rejected.text()));
	}

	/** "PDF, Word (DOCX), …" for help texts, in the reader's language. */
	public String acceptedLabels() {
		return text(Message.of("files.types.accepted"));
	}

	private String text(Message message) {
		return this.messages.getMessage(message, LocaleContextHolder.getLocale());
	}

	@Transactional
	public StoredFile accept(MultipartFile upload) {
		if (upload == null || upload.isEmpty()) {
			throw new UploadRejectedException("files.upload.empty");
		}
		byte[] content;
		try {
			content = upload.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		AcceptedType type = detect(content, upload.getOriginalFilename());
		return this.store.store(filename(upload.getOriginalFilename(), type), type.mediaType(), content);
	}

	/**
	 * The type of an upload's content when it is one of {@code allowed} (a form that
	 * takes only some of the accepted types, e.g. the import of spreadsheets), else
	 * empty.
	 */
	public Optional<AcceptedType> typeAmong(byte[] content, String originalName, java.util.Set<AcceptedType> allowed) {
		try {
			AcceptedType type = detect(content, originalName);
			return allowed.contains(type) ? Optional.of(type) : Optional.empty();
		}
		catch (UploadRejectedException notAccepted) {
			return Optional.empty();
		}
	}

	/** Keeps a file whose type {@link #typeAmong} recognised, under a cleaned name. */
	@Transactional
	public StoredFile keep(byte[] content, String originalName, AcceptedType type) {
		return this.store.store(filename(originalName, type), type.mediaType(), content);
	}

	/**
	 * The accepted type of the content. The name is never trusted: it only tells a plain
	 * text apart as CSV. Office Open XML packages are told apart by their main part, as
	 * Tika's own OPC detector does (it needs POI, which we do not ship).
	 */
	AcceptedType detect(byte[] content, String originalName) {
		String detected;
		try {
			detected = this.tika.detect(TikaInputStream.get(content), new Metadata());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if ("application/zip".equals(detected) || "application/x-tika-ooxml".equals(detected)) {
			detected = officeOpenXmlType(content).orElse(detected);
		}
		String type = "text/plain".equals(detected) && baseName(originalName).toLowerCase(Locale.ROOT).endsWith(".csv")
				? AcceptedType.CSV.mediaType() : detected;
		return AcceptedType.ofMediaType(type)
			.orElseThrow(() -> new UploadRejectedException("files.upload.notAccepted", baseName(originalName),
					describe(type), Message.of("files.types.accepted")));
	}

	private static Optional<String> officeOpenXmlType(byte[] content) {
		return OfficePackages.mainPartType(content).flatMap(mainType -> {
			if (mainType.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main")) {
				return Optional.of(AcceptedType.DOCX.mediaType());
			}
			if (mainType.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main")) {
				return Optional.of(AcceptedType.XLSX.mediaType());
			}
			return Optional.empty();
		});
	}

	/**
	 * Letters, digits, dots, dashes and underscores of the original name, with the
	 * extension of the real type.
	 */
	static String filename(String originalName, AcceptedType type) {
		String base = Normalizer.normalize(baseName(originalName), Normalizer.Form.NFC);
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = base.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
		if (base.length() > MAX_NAME_LENGTH) {
			base = base.substring(0, MAX_NAME_LENGTH);
		}
		return (base.isEmpty() ? "file" : base) + "." + type.extension();
	}

	/**
	 * Browsers may send a full path ("C:\fakepath\x.pdf"): only its last part is the
	 * name.
	 */
	private static String baseName(String name) {
		if (name == null) {
			return "";
		}
		String stripped = name.replaceAll("\\p{Cntrl}", "");
		return stripped.substring(Math.max(stripped.lastIndexOf('/'), stripped.lastIndexOf('\\')) + 1);
	}

	private static Message describe(String mediaType) {
		return switch (mediaType) {
			case "text/html", "application/xhtml+xml" -> Message.of("files.detected.html");
			case "application/zip" -> Message.of("files.detected.zip");
			case "text/plain" -> Message.of("files.detected.text");
			case "application/octet-stream" -> Message.of("files.detected.unknown");
			default -> mediaType.startsWith("text/") || mediaType.contains("script") || mediaType.contains("x-sh")
					? Message.of("files.detected.script") : Message.of("files.detected.other", mediaType);
		};
	}

}
