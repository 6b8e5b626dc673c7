package it.anci.welfare.accounts;

import java.net.http.HttpRequest;
import java.util.Map;

import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11: session cookies, disabled accounts and forwarded headers, over real HTTP. */
@PortalTest
class SessionFaultTests {

	static final String PASSWORD = "Sessioni-welfare-2026!";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void account() {
		this.jdbc.sql("delete from login_failure").update();
		if (this.accounts.account("redattore.sessioni").isEmpty()) {
			this.accounts.create("redattore.sessioni", "Redattore delle sessioni", Role.EDITOR, PASSWORD, "test");
		}
		long id = this.jdbc.sql("select id from app_user where username = 'redattore.sessioni'")
			.query(Long.class)
			.single();
		this.accounts.setEnabled(id, true, "test");
	}

	/**
	 * "SESSION=AAAA" decodes to a NUL byte, which PostgreSQL refused: every page was a
	 * bare 500.
	 */
	@Test
	void aMalformedOrUnknownSessionCookieIsNoSession() {
		for (String cookie : new String[] { "SESSION=AAAA", "SESSION=%%%", "SESSION=" + "QQ".repeat(300),
				"SESSION=ZDMwZTg2ZTItZWY0Zi00YjY5LWJmZWMtMmYyOTgwNjI2ZmIx" }) {
			var home = get("/", cookie);
			assertThat(home.statusCode()).as(cookie).isEqualTo(200);
			assertThat(home.body()).contains("Il catalogo in sintesi");
			var staff = get("/admin", cookie);
			assertThat(staff.statusCode()).as(cookie).isEqualTo(302);
			assertThat(staff.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		}
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() {
		HttpSession editor = new HttpSession().login(this.port, "redattore.sessioni", PASSWORD);
		assertThat(editor.get(this.port, "/admin").statusCode()).isEqualTo(200);
		long id = this.jdbc.sql("select id from app_user where username = 'redattore.sessioni'")
			.query(Long.class)
			.single();
		this.accounts.setEnabled(id, false, "amministratrice");
		var after = editor.get(this.port, "/admin");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = 'redattore.sessioni'")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * With no trusted proxy configured (the default), forwarded headers from a client
	 * change nothing.
	 */
	@Test
	void forwardedHeadersFromAnUntrustedClientAreIgnored() {
		var redirect = new HttpSession().send(HttpRequest.newBuilder()
			.header("X-Forwarded-Host", "attacker.example")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "198.51.100.7")
			.GET(), this.port, "/admin");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("attacker.example").doesNotStartWith("https:"));
		// the login limit counts the real address: a rotating X-Forwarded-For does not
		// reset it
		HttpSession attacker = new HttpSession();
		for (int i = 0; i < LoginThrottle.MAX_PER_PAIR; i++) {
			attacker.postForm(this.port, "/login", "/login",
					Map.of("username", "redattore.sessioni", "password", "no-" + i));
		}
		var csrf = attacker.hiddenFields(this.port, "/login");
		var rotated = attacker.send(HttpRequest.newBuilder()
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", "198.51.100.99")
			.POST(HttpRequest.BodyPublishers.ofString("username=redattore.sessioni&password=" + PASSWORD + "&_csrf="
					+ java.net.URLEncoder.encode(csrf.get("_csrf"), java.nio.charset.StandardCharsets.UTF_8))),
				this.port, "/login");
		assertThat(rotated.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?errore"));
		assertThat(this.jdbc.sql("select count(*) from login_failure where address = '198.51.100.99'")
			.query(Long.class)
			.single()).isZero();
	}

	private java.net.http.HttpResponse<String> get(String path, String cookie) {
		return new HttpSession().send(
				HttpRequest.newBuilder().header("Cookie", cookie).header("Accept", "text/html").GET(), this.port, path);
	}

}
