package it.anci.welfare.accounts;

import java.util.Map;

import it.anci.welfare.PortalApplication;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Login over real HTTP: session renewal, brute-force throttling without user enumeration, shared sessions. */
@PortalTest
class LoginTests {

	static final String PASSWORD = "Umbria-welfare-2026!";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accounts() {
		for (String name : new String[] { "redattrice.login", "redattrice.bloccata", "redattrice.cluster" }) {
			if (this.accounts.account(name).isEmpty()) {
				this.accounts.create(name, "Redattrice di prova", Role.EDITOR, PASSWORD, "test");
			}
		}
		this.jdbc.sql("delete from login_failure").update();
	}

	@Test
	void loginRenewsTheSessionIdAndOpensTheBackOffice() {
		HttpSession browser = new HttpSession();
		browser.get(this.port, "/login");
		String before = browser.cookie("SESSION");
		assertThat(before).isNotNull();
		var login = browser.postForm(this.port, "/login", "/login", Map.of("username", "redattrice.login", "password", PASSWORD));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		assertThat(browser.cookie("SESSION")).isNotNull().isNotEqualTo(before);
		var home = browser.get(this.port, "/admin");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Benvenuto, Redattrice di prova");
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSiteLax() {
		HttpSession browser = new HttpSession();
		var response = browser.get(this.port, "/login");
		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void repeatedFailuresBlockTheAccountWithTheSameMessageAsAWrongPassword() {
		HttpSession attacker = new HttpSession();
		for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT; i++) {
			var failure = attacker.postForm(this.port, "/login", "/login",
					Map.of("username", "redattrice.bloccata", "password", "sbagliata-" + i));
			assertThat(failure.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?errore"));
		}
		// now even the right password is refused, exactly like a wrong one
		HttpSession owner = new HttpSession();
		var refused = owner.postForm(this.port, "/login", "/login", Map.of("username", "redattrice.bloccata", "password", PASSWORD));
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?errore"));
		assertThat(owner.get(this.port, "/admin").statusCode()).isEqualTo(302);
		// an account that does not exist gets the same answer and the same page
		var unknown = new HttpSession().postForm(this.port, "/login", "/login", Map.of("username", "nessuno", "password", PASSWORD));
		assertThat(unknown.headers().firstValue("Location")).isEqualTo(refused.headers().firstValue("Location"));
		assertThat(new HttpSession().get(this.port, "/login?errore").body())
			.contains("Nome utente o password non corretti, oppure troppi tentativi");
	}

	@Test
	void twoPortalInstancesOnOneDatabaseShareTheLogin() {
		try (var second = new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0")) {
			int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
			HttpSession browser = new HttpSession();
			browser.postForm(this.port, "/login", "/login", Map.of("username", "redattrice.cluster", "password", PASSWORD));
			var onSecond = browser.get(secondPort, "/admin");
			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(onSecond.body()).contains("Benvenuto, Redattrice di prova");
		}
	}

	@Test
	void passwordsAreStoredAsDelegatingHashes() {
		String hash = this.jdbc.sql("select password_hash from app_user where username = 'redattrice.login'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
	}

}
