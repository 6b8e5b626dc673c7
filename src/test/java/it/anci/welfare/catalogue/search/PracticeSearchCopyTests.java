package it.anci.welfare.catalogue.search;

import java.time.LocalDate;
import java.util.List;

import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.TestPractices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text search reads {@code practice_search}, a narrow copy of each card's vector
 * (V31), which must always equal the vector practice defines, with
 * {@code catalogue_tsquery}, which must match what the words' forms match.
 */
@PortalTest
class PracticeSearchCopyTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyCardHasItsVectorAndDateCopied() {
		assertThat(differences()).isZero();
		assertThat(this.jdbc.sql("select count(*) from practice_search").query(Long.class).single())
			.isEqualTo(this.jdbc.sql("select count(*) from practice").query(Long.class).single());
	}

	@Test
	void aNewCardIsCopiedAndARemovedOneGoesWithIt() {
		long id;
		try (var card = TestPractices.card(this.jdbc).title("Prova del copista: spesa per Zanzibar").insert()) {
			id = card.id();
			assertThat(this.jdbc
				.sql("select count(*) from practice_search where practice_id = ?"
						+ " and search_vector @@ to_tsquery('italian_unaccent', 'zanzibar')")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		assertThat(this.jdbc.sql("select count(*) from practice_search where practice_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anEditedTextOrDateIsCopiedInTheSameTransaction() {
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);
		rolledBack.executeWithoutResult(status -> {
			long id = this.jdbc.sql("select min(id) from practice").query(Long.class).single();
			this.jdbc
				.sql("update practice set title = 'Zanzibar ' || title, start_date = date '2020-03-09' where id = ?")
				.param(id)
				.update();
			assertThat(this.jdbc
				.sql("select count(*) from practice_search where practice_id = ? and start_date = ?"
						+ " and search_vector @@ to_tsquery('italian_unaccent', 'zanzibar')")
				.params(id, LocalDate.of(2020, 3, 9))
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(differences()).isZero();
			status.setRollbackOnly();
		});
	}

	@Test
	void theQueryKeepsEachWordsDistinctLexemes() {
		assertThat(this.jdbc.sql("select catalogue_tsquery(:q)::text")
			.param("q", SearchText.tsQuery("comune anziani"))
			.query(String.class)
			.single()).isEqualTo("'comun' & ( 'anzi' | 'anzian' )");
	}

	@Test
	void theQueryMatchesTheSameCardsAsTheWordsFormsDo() {
		for (String text : List.of("comune", "anziani soli", "buoni spesa", "il centro diurno", "perugia", "covid19",
				"città", "e")) {
			String q = SearchText.tsQuery(text);
			assertThat(
					this.jdbc.sql("select count(*) from practice where search_vector @@ (select catalogue_tsquery(:q))")
						.param("q", q)
						.query(Long.class)
						.single())
				.as(text)
				.isEqualTo(this.jdbc
					.sql("select count(*) from practice where search_vector @@ to_tsquery('italian_unaccent', :q)")
					.param("q", q)
					.query(Long.class)
					.single());
		}
	}

	private long differences() {
		return this.jdbc.sql("""
				select count(*) from practice p full join practice_search s on s.practice_id = p.id
				where s.practice_id is null or p.id is null
				   or s.search_vector <> p.search_vector or s.start_date <> p.start_date""").query(Long.class).single();
	}

}
