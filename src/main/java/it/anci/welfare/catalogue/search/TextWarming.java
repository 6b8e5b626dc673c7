package it.anci.welfare.catalogue.search;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;

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

	/** The words in at least one card in ten, the most frequent first. */
	private static final int SHARE_OF_CARDS = 10;

	/** Stop words apart: they match nothing. */
	private static final int MAX_WORDS = 100;

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
			long started = System.nanoTime();
			int searched = 0;
			for (String word : frequentWords(this.vocabulary.latest().join(), snapshot.size())) {
				if (this.latest != snapshot) {
					return;
				}
				if (searched == MAX_WORDS) {
					break;
				}
				if (!this.text.lexemes(word).isEmpty()) { // not a stop word
					this.text.matching(snapshot, word);
					searched++;
				}
			}
			logger.info("Searched the {} most frequent words of catalogue version {} in {} ms", searched,
					snapshot.version(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// a database outage: the page searches report it to their users
			logger.warn("Could not warm the text searches of catalogue version {}: {}", snapshot.version(),
					ex.toString());
		}
	}

	static List<String> frequentWords(CatalogueVocabulary.Words words, int cards) {
		return IntStream.range(0, words.words().length)
			.filter(i -> words.cards()[i] * SHARE_OF_CARDS >= cards)
			.boxed()
			.sorted(Comparator.comparingInt((Integer i) -> words.cards()[i]).reversed())
			.map(i -> words.words()[i])
			.toList();
	}

	@PreDestroy
	void stop() {
		this.warmer.shutdownNow();
	}

}
