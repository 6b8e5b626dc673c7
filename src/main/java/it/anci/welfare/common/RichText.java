package it.anci.welfare.common;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by staff → HTML that is safe to show: commonmark escapes raw HTML,
 * then the OWASP sanitizer keeps only formatting, blocks and links to http, https, mailto
 * or the portal's own paths (no script, event handler, {@code javascript:} or
 * {@code data:} URL, or style survives).
 */
public final class RichText {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a", "hr", "pre", "code", "br")
			// a link whose address was refused (commonmark leaves it empty) becomes plain
			// text, not a link to nowhere
			.allowAttributes("href")
			.matching(java.util.regex.Pattern.compile("(?i)(https?://|mailto:|/|#)\\S+"))
			.onElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.requireRelsOnLinks("noopener")
			.toFactory());

	private RichText() {
	}

	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
