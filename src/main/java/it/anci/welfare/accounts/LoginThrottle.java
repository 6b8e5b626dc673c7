package it.anci.welfare.accounts;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows brute force down without letting anyone lock an account out: after
 * {@value #MAX_PER_PAIR} failures for one account name (existing or not) from one
 * address, that address may not try that name again for a while, and after
 * {@value #MAX_PER_ADDRESS} failures from one address it may not try any name, both
 * within {@link #WINDOW}. The owner signing in from another address is never refused
 * (issue 11: five wrong passwords from rotating addresses locked the only administrator
 * out); attempts on a name that fails from many addresses are only slowed down, by
 * {@link #DELAY_WHEN_TARGETED}. Kept in the database so that every portal instance
 * applies the same limits.
 */
@Component
class LoginThrottle {

	static final int MAX_PER_PAIR = 5;

	static final int MAX_PER_ADDRESS = 20;

	/**
	 * Failures of one name from every address after which each attempt on it waits
	 * {@link #DELAY_WHEN_TARGETED}.
	 */
	static final int TARGETED_AFTER = 10;

	static final Duration DELAY_WHEN_TARGETED = Duration.ofSeconds(1);

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean blocked(String username, String address) {
		Instant since = Instant.now().minus(WINDOW);
		record Failures(long pair, long address, long name) {
		}
		Failures failures = this.jdbc.sql("""
				select count(*) filter (where username = :name and address = :address),
				       count(*) filter (where address = :address),
				       count(*) filter (where username = :name)
				from login_failure where failed_at > :since and (username = :name or address = :address)""")
			.param("name", AccountService.normalise(username))
			.param("address", address)
			.param("since", java.sql.Timestamp.from(since))
			.query((rs, n) -> new Failures(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
		if (failures.name() >= TARGETED_AFTER) {
			pause();
		}
		return failures.pair() >= MAX_PER_PAIR || failures.address() >= MAX_PER_ADDRESS;
	}

	private static void pause() {
		try {
			Thread.sleep(DELAY_WHEN_TARGETED.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	void recordFailure(String username, String address) {
		this.jdbc.sql("insert into login_failure (username, address) values (?, ?)")
			.params(AccountService.normalise(username), address)
			.update();
		this.jdbc.sql("delete from login_failure where failed_at < ?")
			.param(java.sql.Timestamp.from(Instant.now().minus(WINDOW.multipliedBy(4))))
			.update();
	}

	/**
	 * The owner got in from this address: its own mistakes are forgotten, failures
	 * elsewhere still count.
	 */
	void recordSuccess(String username, String address) {
		this.jdbc.sql("delete from login_failure where username = ? and address = ?")
			.params(AccountService.normalise(username), address)
			.update();
	}

}
