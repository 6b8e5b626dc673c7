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

/**
 * Login over real HTTP: session renewal, brute-force throttling without user enumeration,
 * shared sessions.
 */
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
		var login = browser.postForm(this.port, "/login", "/login",
				Map.of("username", "redattrice.login", "password", PASSWORD));
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
		assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void repeatedFailuresFromOneAddressBlockThatNameThereWithTheSameMessageAsAWrongPassword() {
		HttpSession attacker = new HttpSession();
		for (int i = 0; i < LoginThrottle.MAX_PER_PAIR; i++) {
			var failure = attacker.postForm(this.port, "/login", "/login",
					Map.of("username", "redattrice.bloccata", "password", "sbagliata-" + i));
			assertThat(failure.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?errore"));
		}
		// from that address even the right password is refused now, exactly like a wrong
		// one
		HttpSession sameAddress = new HttpSession();
		var refused = sameAddress.postForm(this.port, "/login", "/login",
				Map.of("username", "redattrice.bloccata", "password", PASSWORD));
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?errore"));
		assertThat(sameAddress.get(this.port, "/admin").statusCode()).isEqualTo(302);
		// an account that does not exist gets the same answer and the same page
		var unknown = new HttpSession().postForm(this.port, "/login", "/login",
				Map.of("username", "nessuno", "password", PASSWORD));
		assertThat(unknown.headers().firstValue("Location")).isEqualTo(refused.headers().firstValue("Location"));
		assertThat(new HttpSession().get(this.port, "/login?errore").body())
			.contains("Nome utente o password non corretti, oppure troppi tentativi");
	}

	/**
	 * Issue 11: five wrong passwords from rotating addresses locked the only
	 * administrator out for good. Failures from many other addresses only slow attempts
	 * down; the owner, from an address with no failures, signs in.
	 */
	@Test
	void failuresFromManyAddressesNeverLockTheOwnerOut() {
		for (int i = 1; i <= 40; i++) {
			this.jdbc.sql("insert into login_failure (username, address) values ('redattrice.bloccata', ?)")
				.param("203.0.113." + i)
				.update();
		}
		HttpSession owner = new HttpSession();
		var login = owner.postForm(this.port, "/login", "/login",
				Map.of("username", "redattrice.bloccata", "password", PASSWORD));
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		assertThat(owner.get(this.port, "/admin").statusCode()).isEqualTo(200);
		// the others' failures still count: the name stays slowed down for them
		assertThat(this.jdbc.sql("select count(*) from login_failure where username = 'redattrice.bloccata'")
			.query(Long.class)
			.single()).isEqualTo(40);
	}

	/**
	 * An address that failed too often with many names is refused whatever name it tries.
	 */
	@Test
	void anAddressThatTriesManyNamesIsRefused() {
		for (int i = 0; i < LoginThrottle.MAX_PER_ADDRESS; i++) {
			this.jdbc.sql("insert into login_failure (username, address) values (?, '127.0.0.1')")
				.param("nome" + i)
				.update();
		}
		var refused = new HttpSession().postForm(this.port, "/login", "/login",
				Map.of("username", "redattrice.login", "password", PASSWORD));
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?errore"));
	}

	@Test
	void twoPortalInstancesOnOneDatabaseShareTheLogin() {
		try (var second = new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0")) {
			int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
			HttpSession browser = new HttpSession();
			browser.postForm(this.port, "/login", "/login",
					Map.of("username", "redattrice.cluster", "password", PASSWORD));
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
