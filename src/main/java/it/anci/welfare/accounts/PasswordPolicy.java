package it.anci.welfare.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import it.anci.welfare.common.Message;

import org.springframework.stereotype.Component;

/**
 * At least 12 characters, not a common password, not the account name, not one character
 * repeated.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	private final Set<String> common;

	PasswordPolicy() {
		try (var reader = new BufferedReader(new InputStreamReader(
				PasswordPolicy.class.getResourceAsStream("/db/data/accounts/common-passwords.txt"),
				StandardCharsets.UTF_8))) {
			this.common = reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Why the password is refused (a key of i18n/accounts.properties), or empty when it
	 * is acceptable.
	 */
	public Optional<Message> problem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of(Message.of("accounts.password.tooShort", MIN_LENGTH));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return Optional.of(Message.of("accounts.password.common"));
		}
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of(Message.of("accounts.password.containsUsername"));
		}
		if (password.chars().distinct().count() < 4) {
			return Optional.of(Message.of("accounts.password.repetitive"));
		}
		return Optional.empty();
	}

}
