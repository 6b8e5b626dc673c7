package it.anci.welfare.accounts;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows brute force down: after {@value #MAX_PER_ACCOUNT} failures for one account name (existing or not) or
 * {@value #MAX_PER_ADDRESS} from one address within {@link #WINDOW}, further attempts are refused for a while. Kept in
 * the database so that every portal instance applies the same limits.
 */
@Component
class LoginThrottle {

	static final int MAX_PER_ACCOUNT = 5;

	static final int MAX_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean blocked(String username, String address) {
		Instant since = Instant.now().minus(WINDOW);
		long byAccount = this.jdbc.sql("select count(*) from login_failure where username = ? and failed_at > ?")
			.params(AccountService.normalise(username), java.sql.Timestamp.from(since))
			.query(Long.class)
			.single();
		long byAddress = this.jdbc.sql("select count(*) from login_failure where address = ? and failed_at > ?")
			.params(address, java.sql.Timestamp.from(since))
			.query(Long.class)
			.single();
		return byAccount >= MAX_PER_ACCOUNT || byAddress >= MAX_PER_ADDRESS;
	}

	void recordFailure(String username, String address) {
		this.jdbc.sql("insert into login_failure (username, address) values (?, ?)")
			.params(AccountService.normalise(username), address)
			.update();
		this.jdbc.sql("delete from login_failure where failed_at < ?")
			.param(java.sql.Timestamp.from(Instant.now().minus(WINDOW.multipliedBy(4))))
			.update();
	}

	void recordSuccess(String username) {
		this.jdbc.sql("delete from login_failure where username = ?").param(AccountService.normalise(username)).update();
	}

}
