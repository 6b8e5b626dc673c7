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

	/** Why the password is refused, in Italian, or empty when it is acceptable. */
	public Optional<String> problem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("La password deve avere almeno " + MIN_LENGTH + " caratteri.");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return Optional.of("Questa password è tra le più usate e facili da indovinare: ne scelga un'altra.");
		}
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("La password non può contenere il nome utente.");
		}
		if (password.chars().distinct().count() < 4) {
			return Optional.of("La password è troppo ripetitiva: usi almeno quattro caratteri diversi.");
		}
		return Optional.empty();
	}

}
