package it.anci.welfare.catalogue;

import java.util.List;

import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public side of the catalogue reads {@code published_practice}: it must have every
 * column of {@code practice} (PostgreSQL fixes a view's columns when it is created) and
 * exactly the published cards.
 */
@PortalTest
class PublishedViewTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theViewHasEveryColumnOfTheTableAndOnlyThePublishedCards() {
		assertThat(columns("published_practice")).isEqualTo(columns("practice"));
		assertThat(count("select count(*) from published_practice"))
			.isEqualTo(count("select count(*) from practice where status = 'PUBLISHED'"))
			.isPositive();
	}

	private List<String> columns(String table) {
		return this.jdbc
			.sql("select column_name from information_schema.columns where table_name = ? order by ordinal_position")
			.param(table)
			.query(String.class)
			.list();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
