package it.anci.welfare.catalogue.search;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new index snapshot of a large catalogue gets its most frequent words searched in the
 * background, so that their first search by a user is answered from the text cache.
 */
@PortalTest
class TextWarmingTests {

	@Autowired
	FacetIndex index;

	@Autowired
	TextSearch text;

	@Autowired
	CatalogueVocabulary vocabulary;

	private TextWarming warming;

	@AfterEach
	void stopWarming() {
		if (this.warming != null) {
			this.warming.stop();
		}
	}

	@Test
	void theMostFrequentWordsAreFoundInTheCacheOfANewSnapshot() {
		this.warming = new TextWarming(this.text, this.vocabulary, 1); // the seed's 227
																		// cards count
		FacetIndex.Snapshot snapshot = uncached(this.index.current());
		List<String> frequent = TextWarming.frequentWords(this.vocabulary.latest().join(), snapshot.size(),
				this.text::lexemes, this.text.cardsOfLexemes(snapshot.size() / 10));
		assertThat(frequent).contains("anziani");

		this.warming.indexed(new FacetIndex.Indexed(snapshot));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(frequent)
				.allSatisfy(word -> assertThat(snapshot.textMatches().get(this.text.lexemes(word))).isNotNull()));
		assertThat(snapshot.textMatches().size()).isEqualTo(frequent.size());
		FacetIndex.TextMatch warmed = snapshot.textMatches().get(this.text.lexemes("anziani"));
		FacetIndex.TextMatch searched = this.text.matching(uncached(snapshot), "anziani");
		assertThat(warmed.cards()).isEqualTo(searched.cards());
		assertThat(warmed.byRelevance()).isEqualTo(searched.byRelevance());
	}

	@Test
	void aSmallCatalogueIsNotWarmed() {
		FacetIndex.Snapshot current = this.index.current();
		this.warming = new TextWarming(this.text, this.vocabulary, current.size() + 1);
		FacetIndex.Snapshot small = uncached(current);
		this.warming.indexed(new FacetIndex.Indexed(small));
		assertThat(small.textMatches().size()).isZero();
		// the warming runs one snapshot after the other: a large one warmed after the
		// small one shows that nothing was left to run for the small one
		FacetIndex.Snapshot large = new FacetIndex.Snapshot(current.version(), new long[current.size() + 1],
				current.positions(), current.values(), current.words(), current.byTitle(), current.titleRank(),
				current.byComune(), current.comuni(), new FacetIndex.TextMatches());
		this.warming.indexed(new FacetIndex.Indexed(large));
		await().atMost(Duration.ofSeconds(30)).until(() -> large.textMatches().size() > 0);
		assertThat(small.textMatches().size()).isZero();
	}

	/**
	 * The cache is keyed by lexemes, so a warmed word also serves its other endings and
	 * the same word with stop words.
	 */
	@Test
	void wordingsOfTheSameLexemesShareOneCacheEntry() {
		FacetIndex.Snapshot snapshot = uncached(this.index.current());
		FacetIndex.TextMatch comune = this.text.matching(snapshot, "comune");
		assertThat(this.text.lexemes("Comune di")).isEqualTo(this.text.lexemes("comuni")).isEqualTo("'comun'");
		assertThat(this.text.matching(snapshot, "Comune di")).isSameAs(comune);
		assertThat(this.text.matching(snapshot, "comuni")).isSameAs(comune);
		assertThat(snapshot.textMatches().size()).isOne();
	}

	/**
	 * Several words are searched word by word: a new combination of warmed words needs no
	 * ranking in the database, and the words' order does not make another entry.
	 */
	@Test
	void severalWordsAreTheIntersectionOfEachWordsMatches() {
		FacetIndex.Snapshot snapshot = uncached(this.index.current());
		FacetIndex.TextMatch anziani = this.text.matching(snapshot, "anziani");
		FacetIndex.TextMatch servizi = this.text.matching(snapshot, "servizi");
		FacetIndex.TextMatch both = this.text.matching(snapshot, "servizi per anziani");
		assertThat(this.text.lexemes("anziani e servizi")).isEqualTo(this.text.lexemes("servizi per anziani"))
			.isEqualTo("('anzi' | 'anzian') & ('serviz')");
		assertThat(this.text.matching(snapshot, "anziani e servizi")).isSameAs(both);
		assertThat(snapshot.textMatches().size()).isEqualTo(3);
		BitSet expected = (BitSet) anziani.cards().clone();
		expected.and(servizi.cards());
		assertThat(both.cards()).isEqualTo(expected);
		assertThat(both.byRelevance()).hasSize(expected.cardinality());
		assertThat(both.ranks()).hasSize(expected.cardinality());
	}

	@Test
	void frequentWordsAreThoseOfLexemesInAtLeastOneCardInTenMostFrequentFirst() {
		CatalogueVocabulary.Words words = new CatalogueVocabulary.Words(1,
				new String[] { "rara", "comune", "spesa", "di", "domiciliare", "anziani", "domiciliari", "dell" },
				new int[] { 9, 100, 10, 100, 5, 40, 1, 3 }, Map.of());
		Map<String, String> lexemes = Map.of("rara", "'rar'", "comune", "'comun'", "spesa", "'spes'", "di", "",
				"domiciliare", "'domicil' | 'domiciliar'", "anziani", "'anzi' | 'anzian'", "domiciliari",
				"'domicil' | 'domiciliar'", "dell", "'dell''a'");
		Map<String, Integer> cardsOfLexemes = Map.of("rar", 9, "comun", 100, "spes", 12, "domicil", 30, "domiciliar", 6,
				"anzi", 2, "anzian", 40, "dell'a", 11);
		assertThat(TextWarming.frequentWords(words, 100, lexemes::get, cardsOfLexemes)).containsExactly("comune",
				"anziani", "domiciliare", "spesa", "dell");
	}

	/** The snapshot with an empty text cache. */
	private static FacetIndex.Snapshot uncached(FacetIndex.Snapshot snapshot) {
		return new FacetIndex.Snapshot(snapshot.version(), snapshot.ids(), snapshot.positions(), snapshot.values(),
				snapshot.words(), snapshot.byTitle(), snapshot.titleRank(), snapshot.byComune(), snapshot.comuni(),
				new FacetIndex.TextMatches());
	}

}
