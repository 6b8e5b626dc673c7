package db.migration;

import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown → safe HTML for the seed's texts, a frozen copy of
 * {@code it.anci.welfare.common.RichText} as it was when the seed was written (commonmark
 * with raw HTML escaped, then the OWASP sanitizer: formatting, blocks, tables and links
 * to http, https, mailto or the portal's own paths). A copy on purpose: the seed
 * migrations use no application class, so a later change to the portal's sanitizing
 * policy never changes what a fresh install loads ({@code SeedFingerprintTests} checks
 * the rows). The libraries are the build's: their versions are pinned in the POM, and the
 * fingerprint test fails if an upgrade renders the seed differently. Do not "fix" or
 * share it.
 */
final class SeedRichText {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a", "hr", "pre", "code", "br")
			// a link whose address was refused (commonmark leaves it empty) becomes plain
			// text, not a link to nowhere
			.allowAttributes("href")
			.matching(Pattern.compile("(?i)(https?://|mailto:|/|#)\\S+"))
			.onElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.requireRelsOnLinks("noopener")
			.toFactory());

	private SeedRichText() {
	}

	static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
