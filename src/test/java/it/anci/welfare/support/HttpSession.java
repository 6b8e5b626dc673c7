package it.anci.welfare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client with cookies, for login flows over real HTTP. */
public final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\"[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public HttpResponse<String> get(int port, String path) {
		return send(HttpRequest.newBuilder(uri(port, path)).header("Accept", "text/html").GET().build());
	}

	/** Posts a form with the CSRF token found on {@code formPage}. */
	public HttpResponse<String> postForm(int port, String formPage, String action, Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(port, formPage).body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage);
		}
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + encode(token.group(1));
		return send(HttpRequest.newBuilder(uri(port, action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * The hidden fields of the form on {@code formPage} (the CSRF token, the one-time
	 * submission token…).
	 */
	public Map<String, String> hiddenFields(int port, String formPage) {
		Matcher hidden = HIDDEN.matcher(get(port, formPage).body());
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		while (hidden.find()) {
			fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
		}
		return fields;
	}

	/**
	 * Posts {@code fields} as they are, CSRF token included by the caller: for repeated
	 * or parallel submissions.
	 */
	public HttpResponse<String> post(int port, String action, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(port, action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Sends a request built by the caller (other headers, other methods) with this
	 * session's cookies.
	 */
	public HttpResponse<String> send(HttpRequest.Builder request, int port, String path) {
		return send(request.uri(uri(port, path)).build());
	}

	/** Logs in through the real form; the session then carries the staff account. */
	public HttpSession login(int port, String username, String password) {
		HttpResponse<String> response = postForm(port, "/login", "/login",
				Map.of("username", username, "password", password));
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("errore")) {
			throw new IllegalStateException("login refused for " + username);
		}
		return this;
	}

	/**
	 * Posts a multipart form with one file, as the upload forms do: the CSRF token found
	 * on {@code formPage} travels in the query string, so that it is read even when the
	 * body is refused for its size.
	 */
	public HttpResponse<String> postMultipart(int port, String formPage, String action, Map<String, String> fields,
			String filename, byte[] content) {
		Matcher token = CSRF.matcher(get(port, formPage).body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage);
		}
		String boundary = "----portale" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(port, action + "?_csrf=" + encode(token.group(1))))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	public HttpResponse<byte[]> download(int port, String path) {
		try {
			return this.client.send(HttpRequest.newBuilder(uri(port, path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
