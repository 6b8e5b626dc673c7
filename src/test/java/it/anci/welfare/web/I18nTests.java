package it.anci.welfare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the interface lives in {@code i18n/*.properties} (Italian) with its
 * English {@code _en} twin, in the manner of spring-petclinic's I18nPropertiesSyncTest: a
 * template with a text of its own, a key missing in a language or a key a template asks
 * for that no file has fails here.
 */
class I18nTests {

	private static final Path I18N = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a user reads or hears. */
	private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "content",
			"label", "aria-description", "aria-roledescription");

	/**
	 * A quoted literal or a literal substitution inside a Thymeleaf expression that reads
	 * like words (a space between letters, or an accented letter).
	 */
	private static final Pattern WORDS_IN_EXPRESSION = Pattern
		.compile("'([^']*(\\p{L}\\s+\\p{L}|[à-úÀ-Ú])[^']*)'|\\|([^|]*\\p{L}{2,}[^|]*)\\|");

	/**
	 * Expression attributes whose literals are addresses, classes or names, never text.
	 */
	private static final Set<String> CODE_ATTRIBUTES = Set.of("th:href", "th:src", "th:action", "th:classappend",
			"th:class", "th:id", "th:name", "th:for", "th:fragment", "th:replace", "th:insert", "th:switch", "th:case",
			"th:value", "th:selected", "th:checked", "th:field", "th:object", "th:each", "th:datetime", "th:data-*");

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	@Test
	void everyFileHasItsEnglishTwinWithTheSameKeysAndPlaceholders() throws IOException {
		List<Path> italian = baseFiles();
		assertThat(italian).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path file : italian) {
			Path english = file.resolveSibling(file.getFileName().toString().replace(".properties", "_en.properties"));
			if (!Files.exists(english)) {
				problems.add(file.getFileName() + ": no English file");
				continue;
			}
			Properties it = load(file);
			Properties en = load(english);
			for (String key : union(it, en)) {
				String itText = it.getProperty(key);
				String enText = en.getProperty(key);
				if (itText == null || itText.isBlank()) {
					problems.add(file.getFileName() + ": " + key + " missing in Italian");
				}
				else if (enText == null || enText.isBlank()) {
					problems.add(english.getFileName() + ": " + key + " missing in English");
				}
				else if (!placeholders(itText).equals(placeholders(enText))) {
					problems.add(key + ": placeholders " + placeholders(itText) + " in Italian, " + placeholders(enText)
							+ " in English");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyFileIsReadByThePortal() throws IOException {
		Properties application = load(Path.of("src/main/resources/application.properties"));
		Set<String> configured = Set.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
		Set<String> present = baseFiles().stream()
			.map(f -> "i18n/" + f.getFileName().toString().replace(".properties", ""))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(configured).containsExactlyInAnyOrderElementsOf(present);
	}

	@Test
	void everyKeyATemplateAsksForExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Path file : baseFiles()) {
			load(file).stringPropertyNames().forEach(known::add);
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = KEY_IN_TEMPLATE.matcher(Files.readString(template));
			while (keys.find()) {
				if (!known.contains(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateHasTextOfItsOwn() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String name = TEMPLATES.relativize(template).toString();
			ownTexts(template).forEach(t -> found.add(name + ": " + t));
		}
		assertThat(found).as("texts written in templates instead of i18n/*.properties").isEmpty();
	}

	/**
	 * MessageFormat reads a lone apostrophe as the start of a quoted part: in a message
	 * with arguments "dell'ente {0}" would print "dellente {0}".
	 */
	@Test
	void aMessageWithArgumentsDoublesItsApostrophes() throws IOException {
		List<String> lone = new ArrayList<>();
		for (Path italian : baseFiles()) {
			for (Path file : List.of(italian, italian
				.resolveSibling(italian.getFileName().toString().replace(".properties", "_en.properties")))) {
				if (!Files.exists(file)) {
					continue;
				}
				Properties texts = load(file);
				for (String key : texts.stringPropertyNames()) {
					String text = texts.getProperty(key);
					if (!placeholders(text).isEmpty() && text.replace("''", "").contains("'")) {
						lone.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(lone).isEmpty();
	}

	@Test
	void theCheckFindsTextInATemplate() {
		Document page = Jsoup.parse("""
				<div><p>Testo scritto</p><p th:text="#{a.key}">prototipo</p>
				<input placeholder="Cerca"><span th:text="${x} ?: 'Non indicato'">x</span>
				<span th:text="|Pagina ${n}|">1</span><a th:href="@{'/a b'}">[[${y}]]</a>
				<table th:replace="~{fragments/tables :: list(#{a.key}, ~{::headings}, ~{::rows})}">
				<tr th:ref="rows"><td>Riga scritta</td></tr></table></div>""", "", Parser.htmlParser());
		assertThat(ownTexts(page)).containsExactly("Testo scritto", "placeholder=Cerca", "th:text: Non indicato",
				"th:text: Pagina ", "Riga scritta");
	}

	private static List<String> ownTexts(Path template) throws IOException {
		return ownTexts(Jsoup.parse(Files.readString(template), "", Parser.htmlParser()));
	}

	private static List<String> ownTexts(Document page) {
		List<String> texts = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			boolean ownBody = !replacesItsBody(element) && !element.tagName().equals("script")
					&& !element.tagName().equals("style");
			for (TextNode node : ownBody ? element.textNodes() : List.<TextNode>of()) {
				String text = node.text().replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "").strip();
				if (text.codePoints().anyMatch(Character::isLetter) && !insideReplacedBody(element)) {
					texts.add(text);
				}
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey();
				if (READ_ATTRIBUTES.contains(name) && attribute.getValue().codePoints().anyMatch(Character::isLetter)
						&& !element.hasAttr("th:" + name) && !element.hasAttr("th:attr")
						&& !(name.equals("content") && !element.tagName().equals("meta"))
						&& !(element.tagName().equals("meta") && !element.hasAttr("name")
								&& !element.hasAttr("property"))
						&& !insideReplacedBody(element) && !isCode(element, name)) {
					texts.add(name + "=" + attribute.getValue());
				}
				if (name.startsWith("th:") && !CODE_ATTRIBUTES.contains(name) && !name.startsWith("th:data-")) {
					Matcher words = WORDS_IN_EXPRESSION.matcher(attribute.getValue());
					while (words.find()) {
						String literal = words.group(1) != null ? words.group(1)
								: words.group(3).replaceAll("[$#*@]\\{[^}]*}", "");
						if (literal.matches("[a-z0-9_-]+(\\s+[a-z0-9_-]+)+") && literal.contains("-")
								|| literal.matches("[dMyHhmsE/.:, -]+")
								|| !literal.codePoints().anyMatch(Character::isLetter)) {
							continue; // element ids (aria-describedby), date patterns,
										// expressions only
						}
						texts.add(name + ": " + literal);
					}
				}
			}
		}
		return texts;
	}

	/** Meta tags that are not read by people (viewport, charset, robots…). */
	private static boolean isCode(Element element, String attribute) {
		return element.tagName().equals("meta") && attribute.equals("content")
				&& Set.of("viewport", "robots", "referrer", "twitter:card", "color-scheme", "format-detection")
					.contains(element.attr("name"))
				|| element.tagName().equals("meta") && element.hasAttr("http-equiv");
	}

	/**
	 * Whether the element's own text never reaches a page. A page's {@code <html>} hands
	 * its parts to the layout (th:replace with ~{::main}), and a table hands its rows to
	 * fragments/tables the same way (~{::rows}): their text does reach the page.
	 */
	private static boolean replacesItsBody(Element element) {
		if (element.tagName().equals("html") || element.attr("th:replace").contains("~{::")) {
			return false;
		}
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
				|| element.hasAttr("th:insert") || "all".equals(element.attr("th:remove"))
				|| "body".equals(element.attr("th:remove"));
	}

	private static boolean insideReplacedBody(Element element) {
		for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
			if (replacesItsBody(parent)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> placeholders(String text) {
		Matcher found = Pattern.compile("\\{(\\d+)[^}]*}").matcher(text);
		Set<String> numbers = new TreeSet<>();
		while (found.find()) {
			numbers.add(found.group(1));
		}
		return numbers;
	}

	private static Set<String> union(Properties a, Properties b) {
		Set<String> keys = new TreeSet<>(a.stringPropertyNames());
		keys.addAll(b.stringPropertyNames());
		return keys;
	}

	private static List<Path> baseFiles() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			return files.filter(f -> f.getFileName().toString().matches("[a-z-]+\\.properties")).sorted().toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file);
				Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
