package it.anci.welfare.files;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * A stored file as a download: always an attachment (never rendered inline by the
 * browser), with its own media type, an ETag and Last-Modified so that browsers
 * revalidate cheaply, and the download counted.
 */
@Component
public class FileDownloads {

	private final FileStore store;

	FileDownloads(FileStore store) {
		this.store = store;
	}

	/**
	 * The response, or {@code null} when the client's copy is current (304, headers
	 * already written).
	 */
	public ResponseEntity<byte[]> serve(StoredFile file, WebRequest webRequest, HttpServletRequest request) {
		String etag = "\"" + file.sha256() + "\"";
		if (webRequest.checkNotModified(etag, file.createdAt().toEpochMilli())) {
			return null;
		}
		this.store.countDownload(file.id(), request.getRemoteAddr(),
				String.valueOf(request.getHeader(HttpHeaders.USER_AGENT)));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.filename()))
			.eTag(etag)
			.lastModified(file.createdAt())
			.cacheControl(CacheControl.noCache())
			.body(this.store.content(file.id()));
	}

	public static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
	}

}
