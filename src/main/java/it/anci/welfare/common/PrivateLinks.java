package it.anci.welfare.common;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages reached by a private link (its address holds a token) or carrying a form's token:
 * kept out of search engines and of every cache, and their tokens read without failing on
 * a mistyped address.
 */
public final class PrivateLinks {

	private PrivateLinks() {
	}

	public static void protect(HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader("Cache-Control", "no-store");
	}

	/** The token of a link, or empty when the link was cut or mistyped. */
	public static Optional<UUID> token(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
