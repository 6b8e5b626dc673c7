package it.anci.welfare.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public page is sent again from the store, as it was rendered, until the content
 * changes; languages, sessions and files never share it.
 */
@PortalTest
class RenderedPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	RenderedPages pages;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aPageIsSentAgainAsRenderedGzippedOrPlain() throws Exception {
		String path = "/pratiche?regione=umbria&ordina=titolo";
		HttpResponse<byte[]> rendered = get(path, "gzip", null);
		HttpResponse<byte[]> again = fromStore(path, "gzip", null);
		HttpResponse<byte[]> plain = fromStore(path, null, null);

		assertThat(again.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(again.body())).isEqualTo(gunzip(rendered.body()));
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(gunzip(rendered.body()));
		for (String header : new String[] { "ETag", "Cache-Control", "Content-Type", "Content-Language",
				"Content-Security-Policy", "X-Content-Type-Options" }) {
			assertThat(again.headers().firstValue(header)).as(header).isEqualTo(rendered.headers().firstValue(header));
		}
		assertThat(again.headers().firstValue("Vary").orElseThrow().toLowerCase()).contains("accept-encoding",
				"accept-language", "cookie");
		assertThat(Jsoup.parse(new String(plain.body(), StandardCharsets.UTF_8)).select("h1")).isNotEmpty();
	}

	@Test
	void aChangeShowsAtOnce() throws Exception {
		get("/notizie", null, null);
		String title = this.jdbc.sql("select title from news where status = 'PUBLISHED' order by id limit 1")
			.query(String.class)
			.single();
		try {
			this.jdbc.sql("update news set title = title || ' (aggiornata)' where title = ?").param(title).update();
			double sent = sent();
			String page = new String(get("/notizie", null, null).body(), StandardCharsets.UTF_8);
			assertThat(sent()).as("rendered again, not sent from the store").isEqualTo(sent);
			assertThat(page).contains(title + " (aggiornata)");
		}
		finally {
			this.jdbc.sql("update news set title = ? where title = ?")
				.param(title)
				.param(title + " (aggiornata)")
				.update();
		}
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		get("/riunioni", null, null);
		double sent = sent();
		HttpResponse<byte[]> english = get("/riunioni", null, "en");
		assertThat(sent()).isEqualTo(sent);
		assertThat(Jsoup.parse(new String(english.body(), StandardCharsets.UTF_8)).select("html").attr("lang"))
			.isEqualTo("en");
		assertThat(fromStore("/riunioni", null, "en").body()).isEqualTo(english.body());
	}

	@Test
	void sessionsAndFilesAreNeverSentFromTheStore() throws Exception {
		get("/notizie", null, null);
		get("/pratiche.json?regione=umbria", null, null);
		HttpSession staff = new HttpSession();
		staff.get(this.port, "/login");
		double sent = sent();
		assertThat(staff.get(this.port, "/notizie").headers().firstValue("Cache-Control"))
			.hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		get("/pratiche.json?regione=umbria", null, null);
		assertThat(sent()).isEqualTo(sent);
	}

	@Test
	void onlyHtmlWithoutACookieIsKept() {
		byte[] body = "<p>Pagina</p>".getBytes(StandardCharsets.UTF_8);
		MockHttpServletResponse cookie = html();
		cookie.addHeader("Set-Cookie", "scelta=1");
		this.pages.keep("http://localhost/cookie it 1", 1, cookie, body);
		assertThat(this.pages.get("http://localhost/cookie it 1", 1)).isNull();
		MockHttpServletResponse json = new MockHttpServletResponse();
		json.setContentType("application/json");
		this.pages.keep("http://localhost/json it 1", 1, json, body);
		assertThat(this.pages.get("http://localhost/json it 1", 1)).isNull();
		this.pages.keep("http://localhost/html it 1", 1, html(), body);
		assertThat(this.pages.get("http://localhost/html it 1", 1)).isNotNull();
		assertThat(this.pages.get("http://localhost/html it 1", 2)).as("another version").isNull();
	}

	private static MockHttpServletResponse html() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setContentType("text/html;charset=UTF-8");
		return response;
	}

	@Test
	void aStoreOfSizeZeroKeepsNothing() {
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/pratiche");
		assertThat(this.pages.keeps(page)).isTrue();
		assertThat(new RenderedPages(null, new SimpleMeterRegistry(), DataSize.ofBytes(0)).keeps(page)).isFalse();
		assertThat(this.pages.keeps(new MockHttpServletRequest("GET", "/pratiche.csv"))).as("a file").isFalse();
		assertThat(this.pages.keeps(new MockHttpServletRequest("HEAD", "/pratiche"))).isFalse();
	}

	@Test
	void gzipOnlyToReadersWhoAcceptIt() {
		assertThat(RenderedPages.acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(RenderedPages.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
		assertThat(RenderedPages.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(RenderedPages.acceptsGzip("identity")).isFalse();
		assertThat(RenderedPages.acceptsGzip(null)).isFalse();
	}

	/**
	 * The page as the store sends it: asked again until it comes from there (a background
	 * job, such as the template files written after start, may change the content between
	 * two requests and have it rendered once more).
	 */
	private HttpResponse<byte[]> fromStore(String path, String encoding, String language) throws Exception {
		for (int attempt = 0; attempt < 10; attempt++) {
			double sent = sent();
			HttpResponse<byte[]> response = get(path, encoding, language);
			if (sent() > sent) {
				return response;
			}
		}
		throw new AssertionError(path + " was never sent from the store");
	}

	private double sent() {
		return this.meters.counter("portal.page.store", "pages", "sent").count();
	}

	private HttpResponse<byte[]> get(String path, String encoding, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html, */*;q=0.8");
		if (encoding != null) {
			request.header("Accept-Encoding", encoding);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response;
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
