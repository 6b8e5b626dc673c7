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
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
				.header("Accept", accept)
				.build();
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
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
