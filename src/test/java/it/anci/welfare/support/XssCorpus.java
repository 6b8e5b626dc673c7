package it.anci.welfare.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XSS vectors of test/resources/xss/corpus.txt (one per line) and what "inert" means
 * for rendered HTML.
 */
public final class XssCorpus {

	private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

	private static final List<String> FORBIDDEN_TAGS = List.of("script", "iframe", "object", "embed", "svg", "math",
			"form", "input", "button", "meta", "base", "link", "style", "body", "details", "video", "source", "marquee",
			"noscript");

	private XssCorpus() {
	}

	public static List<String> vectors() {
		try (InputStream in = XssCorpus.class.getResourceAsStream("/xss/corpus.txt")) {
			return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
				.filter(line -> !line.isBlank())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** All vectors in one Markdown text, as an editor pasting them would write it. */
	public static String asOneText() {
		return String.join("\n\n", vectors()) + "\n\n[ref][x]\n\n[x]: javascript:alert(1)\n";
	}

	/**
	 * What makes an HTML fragment active: dangerous elements, event handlers, styles,
	 * script URLs.
	 */
	public static List<String> activeParts(String html) {
		List<String> found = new java.util.ArrayList<>();
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
			String attributes = tag.group(2).toLowerCase(java.util.Locale.ROOT);
			if (FORBIDDEN_TAGS.contains(name)) {
				found.add("element <" + name + ">");
			}
			if (attributes.matches("(?s).*\\son[a-z]+\\s*=.*")) {
				found.add("event handler in " + tag.group());
			}
			if (attributes.matches("(?s).*\\sstyle\\s*=.*")) {
				found.add("style in " + tag.group());
			}
			if (attributes.matches("(?s).*(javascript|vbscript|data):.*")) {
				found.add("script URL in " + tag.group());
			}
		}
		return found;
	}

}
