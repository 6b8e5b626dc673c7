package it.anci.welfare.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a page of the English interface: content (cards, news, taxonomy terms) stays in
 * Italian and is marked {@code lang="it"} (WCAG 3.1.2, language of parts); everything
 * else must read in English.
 */
public final class EnglishPages {

	/** Italian words that an English sentence never has. */
	private static final Set<String> ITALIAN = Set.of("della", "delle", "dei", "degli", "nella", "nelle", "sono",
			"questa", "questo", "pratica", "pratiche", "scheda", "schede", "notizie", "riunioni", "modelli", "cerca",
			"tutte", "tutti", "pagina", "anno", "regione", "regioni", "avvio", "fonte", "fonti", "servizio", "servizi",
			"indicato", "oppure", "alla", "alle", "sulla", "sul", "gli", "il", "un", "una", "che", "di", "da", "per",
			"con", "non", "è", "più");

	private EnglishPages() {
	}

	/** The page of an answer that must be 200. */
	public static Document page(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	/**
	 * The Italian words of the page outside its Italian content, in the order found;
	 * empty for a page fully translated.
	 */
	public static List<String> italianOutsideContent(Document page) {
		Document copy = page.clone();
		copy.select("[lang=it], script, style, head, .language-switch").remove();
		Element body = copy.body();
		Set<String> found = new TreeSet<>();
		for (String word : body.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (ITALIAN.contains(word)) {
				found.add(word);
			}
		}
		return List.copyOf(found);
	}

}
