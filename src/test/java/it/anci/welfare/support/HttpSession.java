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
		String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + encode(token.group(1));
		return send(HttpRequest.newBuilder(uri(port, action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public String cookie(String name) {
		return this.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue).findFirst().orElse(null);
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
