package it.anci.welfare.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import it.anci.welfare.common.Message;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: creation, password changes, enabling and disabling; every change goes
 * to the audit log.
 */
@Service
@Transactional
public class AccountService {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy, AuditLog audit,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.audit = audit;
		this.sessions = sessions;
	}

	/** A refused change, with a message in Italian for the field it concerns. */
	public static class AccountException extends RuntimeException {

		private final String field;

		private final Message text;

		AccountException(String field, Message text) {
			super(text.toString());
			this.field = field;
			this.text = text;
		}

		public String field() {
			return this.field;
		}

		/** Why, by key of i18n/accounts.properties. */
		public Message text() {
			return this.text;
		}

	}

	@Transactional(readOnly = true)
	public List<StaffAccount> accounts() {
		return this.users.findAllByOrderByUsername().stream().map(StaffAccount::of).toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.users.count();
	}

	@Transactional(readOnly = true)
	public Optional<StaffAccount> account(String username) {
		return this.users.findByUsername(normalise(username)).map(StaffAccount::of);
	}

	public StaffAccount create(String username, String displayName, Role role, String password, String actor) {
		String name = normalise(username);
		if (this.users.findByUsername(name).isPresent()) {
			throw new AccountException("username", Message.of("accounts.error.usernameTaken"));
		}
		this.policy.problem(password, name).ifPresent(problem -> {
			throw new AccountException("password", problem);
		});
		AppUser user = new AppUser();
		user.username = name;
		user.displayName = displayName.strip();
		user.role = role;
		user.passwordHash = this.passwordEncoder.encode(password);
		this.users.save(user);
		this.audit.record(actor, "CREATO", "account", name, "ruolo " + role.label());
		return StaffAccount.of(user);
	}

	public void changePassword(String username, String currentPassword, String newPassword) {
		AppUser user = this.users.findByUsername(normalise(username))
			.orElseThrow(() -> new AccountException("currentPassword", Message.of("accounts.error.notFound")));
		if (!this.passwordEncoder.matches(currentPassword, user.passwordHash)) {
			throw new AccountException("currentPassword", Message.of("accounts.error.wrongPassword"));
		}
		this.policy.problem(newPassword, user.username).ifPresent(problem -> {
			throw new AccountException("newPassword", problem);
		});
		user.passwordHash = this.passwordEncoder.encode(newPassword);
		user.updatedAt = Instant.now();
		this.audit.record(user.username, "PASSWORD_CAMBIATA", "account", user.username, null);
	}

	public void setEnabled(long id, boolean enabled, String actor) {
		AppUser user = this.users.findById(id)
			.orElseThrow(() -> new AccountException("id", Message.of("accounts.error.notFound")));
		if (!enabled && user.username.equals(normalise(actor))) {
			throw new AccountException("id", Message.of("accounts.error.ownAccount"));
		}
		user.enabled = enabled;
		user.updatedAt = Instant.now();
		if (!enabled) {
			endSessions(user.username);
		}
		this.audit.record(actor, enabled ? "RIATTIVATO" : "DISATTIVATO", "account", user.username, null);
	}

	/**
	 * Signs the account out everywhere: a disabled editor kept working in the session
	 * already open (issue 11). Sessions live in PostgreSQL, indexed by principal name, so
	 * this reaches every portal instance.
	 */
	private void endSessions(String username) {
		this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
	}

	static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
