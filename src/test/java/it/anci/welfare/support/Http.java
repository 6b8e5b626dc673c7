package it.anci.welfare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP requests against the running portal, as a browser would send them. */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private Http() {
	}

	public static HttpResponse<String> get(int port, String pathAndQuery) {
		return get(port, pathAndQuery, "text/html,application/xhtml+xml");
	}

	public static HttpResponse<String> get(int port, String pathAndQuery, String accept) {
		return send(port, pathAndQuery, accept, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A form posted without cookies or CSRF token, as an anonymous visitor's browser
	 * sends it.
	 */
	public static HttpResponse<String> post(int port, String path, java.util.Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
					+ java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
			.collect(java.util.stream.Collectors.joining("&"));
		try {
			return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A file as its bytes. */
	public static HttpResponse<byte[]> download(int port, String pathAndQuery) {
		return send(port, pathAndQuery, "*/*", HttpResponse.BodyHandlers.ofByteArray());
	}

	private static <T> HttpResponse<T> send(int port, String pathAndQuery, String accept,
			HttpResponse.BodyHandler<T> body) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
				.header("Accept", accept)
				.build();
			return CLIENT.send(request, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
