package it.anci.welfare.catalogue.search;

import java.time.Duration;

import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Forse cercavi" reads the catalogue's words in the background: a search never waits
 * long for them after a change.
 */
@PortalTest
class CatalogueVocabularyTests {

	@Autowired
	CatalogueVocabulary vocabulary;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theWordsOfAVersionAreThoseOfThePublishedCards() {
		long version = this.jdbc.sql("select version from catalogue_state").query(Long.class).single();
		CatalogueVocabulary.Words words = this.vocabulary.of(version);
		assertThat(words.version()).isEqualTo(version);
		assertThat(words.words()).contains("anziani", "volontari").hasSameSizeAs(words.cards());
	}

	/**
	 * The new words are held up by a lock on the cards; the search gets the previous
	 * version's words after its short wait, and the new ones once they are read. A read
	 * on the search's own path would wait for the lock: the timeout fails it.
	 */
	@Test
	@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aSearchUsesThePreviousWordsWhileTheNewOnesAreRead() {
		long version = this.jdbc.sql("select version from catalogue_state").query(Long.class).single();
		this.vocabulary.of(version);
		long changed = version + 1_000_000; // a version no other test reaches
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.jdbc.sql("lock table practice in access exclusive mode").update();
			long started = System.nanoTime();
			CatalogueVocabulary.Words meanwhile = this.vocabulary.of(changed);
			assertThat(meanwhile.version()).isEqualTo(version);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
			status.setRollbackOnly();
		});
		await().atMost(Duration.ofSeconds(20)).until(() -> this.vocabulary.of(changed).version() == changed);
	}

}
