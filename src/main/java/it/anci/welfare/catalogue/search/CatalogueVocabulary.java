package it.anci.welfare.catalogue.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import it.anci.welfare.common.BackgroundThreads;
import jakarta.annotation.PreDestroy;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words of the published cards and how many cards have each, for "Forse cercavi".
 * Reading them ({@code ts_stat} over every card) takes 7-8 s at 100,000 cards, so it runs
 * in the background: at start, and after each catalogue change, while a search meanwhile
 * uses the previous version's words (issue 16).
 */
@Component
class CatalogueVocabulary {

	/**
	 * How long a search waits for a new version's words before it uses the previous ones:
	 * the 227 cards of the seed take a few milliseconds.
	 */
	private static final long WAIT_MILLIS = 200;

	/**
	 * The words of one catalogue version, their trigrams, with the corrections found in
	 * them.
	 */
	record Words(long version, String[] words, int[] cards, long[][] trigrams,
			Map<String, Optional<String>> corrections) {

		Words(long version, String[] words, int[] cards, Map<String, Optional<String>> corrections) {
			this(version, words, cards, Arrays.stream(words).map(Trigrams::of).toArray(long[][]::new), corrections);
		}

	}

	private final JdbcClient jdbc;

	private final ExecutorService reader = BackgroundThreads.single("catalogue-vocabulary");

	private volatile Words current = new Words(-1, new String[0], new int[0], Map.of());

	private CompletableFuture<Words> next = CompletableFuture.completedFuture(this.current);

	CatalogueVocabulary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void readAtStart() {
		loading(catalogueVersion());
	}

	/**
	 * The words of that version; those of the previous one if they are still being read
	 * after {@link #WAIT_MILLIS} (none in the first seconds after a start at 100,000
	 * cards: no "Forse cercavi" then, rather than a page that waits for it).
	 */
	Words of(long catalogueVersion) {
		Words words = this.current;
		if (words.version() == catalogueVersion) {
			return words;
		}
		CompletableFuture<Words> loading = loading(catalogueVersion);
		try {
			return loading.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return words;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return words;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure; // a database outage reaches the outage handling as before
			}
			throw new IllegalStateException("Could not read the catalogue's words", ex.getCause());
		}
	}

	/**
	 * The words being read or last read, of whichever version: enough to know the
	 * catalogue's most frequent words.
	 */
	synchronized CompletableFuture<Words> latest() {
		return this.next;
	}

	/** One read at a time, and none again for a version already being read. */
	private synchronized CompletableFuture<Words> loading(long catalogueVersion) {
		boolean readingOrRead = !this.next.isDone()
				|| !this.next.isCompletedExceptionally() && this.next.join().version() == catalogueVersion;
		if (!readingOrRead) {
			this.next = CompletableFuture.supplyAsync(() -> read(catalogueVersion), this.reader);
		}
		return this.next;
	}

	private Words read(long catalogueVersion) {
		List<String> words = new ArrayList<>();
		List<Integer> cards = new ArrayList<>();
		this.jdbc
			.sql("""
					select word, ndoc from ts_stat('select to_tsvector(''simple'', f_unaccent(lower(title || '' '' || description)))
					                                from published_practice')""")
			.query(rs -> {
				words.add(rs.getString(1));
				cards.add(rs.getInt(2));
			});
		Words read = new Words(catalogueVersion, words.toArray(String[]::new),
				cards.stream().mapToInt(Integer::intValue).toArray(), new ConcurrentHashMap<>());
		this.current = read;
		return read;
	}

	private long catalogueVersion() {
		return this.jdbc.sql("select version from catalogue_state").query(Long.class).single();
	}

	@PreDestroy
	void stop() {
		this.reader.shutdownNow();
	}

}
