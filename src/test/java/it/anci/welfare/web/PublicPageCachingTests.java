package it.anci.welfare.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous public pages are cacheable and revalidate with 304; staff, sessions and
 * errors stay no-store.
 */
@PortalTest
class PublicPageCachingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void publicPagesCarryALifetimeByKindAndAValidator() {
		String card = this.jdbc.sql("select slug from practice order by id limit 1").query(String.class).single();
		for (String[] expected : List.of(new String[] { "/", "max-age=60" },
				new String[] { "/pratiche?regione=umbria", "max-age=60" },
				new String[] { "/pratiche/" + card, "max-age=300" }, new String[] { "/notizie", "max-age=60" },
				new String[] { "/privacy", "max-age=3600" },
				new String[] { "/pratiche.json?regione=umbria", "max-age=60" })) {
			HttpResponse<String> response = Http.get(this.port, expected[0], "*/*");
			assertThat(response.statusCode()).as(expected[0]).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(expected[0])
				.hasValueSatisfying(
						c -> assertThat(c).startsWith("public, " + expected[1] + ", stale-while-revalidate="));
			assertThat(response.headers().firstValue("ETag")).as(expected[0])
				.hasValueSatisfying(e -> assertThat(e).startsWith("W/\""));
			assertThat(response.headers().allValues("Vary").toString().toLowerCase()).as(expected[0])
				.contains("cookie");
			assertThat(response.headers().firstValue("Pragma")).as(expected[0]).isEmpty();
			assertThat(response.headers().allValues("Set-Cookie")).as(expected[0]).isEmpty();
		}
	}

	@Test
	void aRevalidationIsAnswered304UntilTheContentChanges() throws Exception {
		HttpResponse<String> first = Http.get(this.port, "/notizie");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = send("/notizie", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		// the same validator fits every page of this version: it says nothing changed
		// anywhere
		assertThat(send("/riunioni", etag).statusCode()).isEqualTo(304);

		this.jdbc.sql("update news set summary = summary where id = (select min(id) from news)").update();
		// the version is read every second
		HttpResponse<String> changed = send("/notizie", etag);
		for (int i = 0; i < 30 && changed.statusCode() == 304; i++) {
			Thread.sleep(100);
			changed = send("/notizie", etag);
		}
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
	}

	@Test
	void staffSessionsErrorsAndStaffPagesStayNoStore() {
		HttpSession staff = new HttpSession();
		staff.get(this.port, "/login");
		assertThat(staff.cookie("SESSION")).as("the login page opens a session").isNotNull();
		assertThat(staff.get(this.port, "/notizie").headers().firstValue("Cache-Control"))
			.hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		for (String path : List.of("/pratiche/non-esiste", "/admin", "/login")) {
			HttpResponse<String> response = Http.get(this.port, path);
			assertThat(response.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying(c -> assertThat(c).contains("no-store"));
			assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
		}
	}

	@Test
	void staticFilesKeepTheirYearLongVersionedCaching() {
		String page = Http.get(this.port, "/").body();
		var css = java.util.regex.Pattern.compile("href=\"(/assets/css/portal-[0-9a-f]+\\.css)\"").matcher(page);
		assertThat(css.find()).isTrue();
		assertThat(Http.get(this.port, css.group(1), "text/css").headers().firstValue("Cache-Control"))
			.hasValue("max-age=31536000, public");
	}

	@Test
	void lifetimesByKindOfPage() {
		assertThat(PublicPageCaching.cacheControl("/accessibilita")).startsWith("public, max-age=3600");
		assertThat(PublicPageCaching.cacheControl("/riunioni/consulta-welfare-23-gennaio-2020"))
			.startsWith("public, max-age=300");
		assertThat(PublicPageCaching.cacheControl("/riunioni/calendario.ics")).startsWith("public, max-age=60");
		assertThat(PublicPageCaching.cacheControl("/pratiche")).startsWith("public, max-age=60");
	}

	private HttpResponse<String> send(String path, String etag) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("If-None-Match", etag)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
