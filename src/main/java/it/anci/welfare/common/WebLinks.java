package it.anci.welfare.common;

import java.util.regex.Pattern;

/**
 * Addresses typed by people become links only when they are web addresses: forms refuse
 * others, and this keeps a "javascript:" that came another way (an import, an old row)
 * from ever being a link on a page.
 */
public final class WebLinks {

	private static final Pattern WEB = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);

	private WebLinks() {
	}

	/** {@code address} when it is an http or https address, otherwise null (no link). */
	public static String safe(String address) {
		return address != null && WEB.matcher(address.strip()).matches() ? address.strip() : null;
	}

}
