package it.anci.welfare.catalogue.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.regex.Pattern;

import it.anci.welfare.common.BackgroundThreads;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Searches the catalogue's most frequent words in the background whenever a new index
 * snapshot is taken, as Solr's warming queries do: at 100,000 cards the first search of
 * «comune» ranks 91,000 matches (0.3-0.5 s on our 2-core machines), and the words most
 * cards have are the most typed and the slowest (perf/README.md, issue 16). Small
 * catalogues are not warmed: every text takes a few milliseconds there.
 */
@Component
class TextWarming {

	private static final Logger logger = LoggerFactory.getLogger(TextWarming.class);

	/** The lexemes in at least one card in ten, the most frequent first. */
	private static final int SHARE_OF_CARDS = 10;

	/** The words looked at for their lexemes: those in at least one card in a hundred. */
	private static final int SHARE_OF_CANDIDATES = 100;

	private static final int MAX_WORDS = 100;

	/** A lexeme in PostgreSQL's text of a tsquery. */
	private static final Pattern LEXEME = Pattern.compile("'((?:[^']|'')*)'");

	private final TextSearch text;

	private final CatalogueVocabulary vocabulary;

	private final int fromCards;

	private final ExecutorService warmer = BackgroundThreads.single("catalogue-text-warming");

	private volatile FacetIndex.Snapshot latest;

	TextWarming(TextSearch text, CatalogueVocabulary vocabulary,
			@Value("${portal.catalogue.warm-from-cards:10000}") int fromCards) {
		this.text = text;
		this.vocabulary = vocabulary;
		this.fromCards = fromCards;
	}

	@EventListener
	void indexed(FacetIndex.Indexed indexed) {
		if (indexed.snapshot().size() >= this.fromCards) {
			this.latest = indexed.snapshot();
			this.warmer.execute(() -> warm(indexed.snapshot()));
		}
	}

	/** Stops at once when a newer snapshot has replaced this one. */
	private void warm(FacetIndex.Snapshot snapshot) {
		try {
			List<String> words = frequentWords(this.vocabulary.latest().join(), snapshot.size(), this.text::lexemes,
					this.text.cardsOfLexemes(snapshot.size() / SHARE_OF_CARDS));
			long started = System.nanoTime();
			for (String word : words) {
				if (this.latest != snapshot) {
					return;
				}
				this.text.matching(snapshot, word);
			}
			logger.info("Searched the {} most frequent words of catalogue version {} in {} ms", words.size(),
					snapshot.version(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// a database outage: the page searches report it to their users
			logger.warn("Could not warm the text searches of catalogue version {}: {}", snapshot.version(),
					ex.toString());
		}
	}

	/**
	 * One word for each of the most frequent sets of lexemes, the most frequent first: a
	 * word is as frequent as its most frequent lexeme. The catalogue's words alone
	 * under-count: «domiciliare» is in 9 % of the synthetic 100,000 cards, but searches
	 * 'domicil', which «domicilio» puts in 37 %. Stop words match nothing.
	 */
	static List<String> frequentWords(CatalogueVocabulary.Words words, int cards, Function<String, String> lexemesOf,
			Map<String, Integer> cardsOfLexemes) {
		Map<String, Integer> cardsOf = new HashMap<>();
		Map<String, String> wordOf = new HashMap<>();
		for (int i = 0; i < words.words().length; i++) {
			if (words.cards()[i] * SHARE_OF_CANDIDATES >= cards) {
				String lexemes = lexemesOf.apply(words.words()[i]);
				int most = LEXEME.matcher(lexemes)
					.results()
					.mapToInt(lexeme -> cardsOfLexemes.getOrDefault(lexeme.group(1).replace("''", "'"), 0))
					.max()
					.orElse(0);
				if (most * SHARE_OF_CARDS >= cards) {
					cardsOf.put(lexemes, most);
					wordOf.putIfAbsent(lexemes, words.words()[i]);
				}
			}
		}
		return cardsOf.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX_WORDS)
			.map(lexemes -> wordOf.get(lexemes.getKey()))
			.toList();
	}

	@PreDestroy
	void stop() {
		this.warmer.shutdownNow();
	}

}
