package it.anci.welfare.common;

import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of item is checked against its own table, and only when it is created
 * without confirmation.
 */
@PortalTest
class DuplicateTitlesTests {

	@Autowired
	DuplicateTitles titles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSeededTitleIsFoundInItsOwnTableOnly() {
		for (ItemKind kind : ItemKind.values()) {
			String table = switch (kind) {
				case NEWS -> "news";
				case MEETING -> "meeting";
				case TEMPLATE -> "doc_template";
				case PRACTICE -> "practice";
			};
			var row = this.jdbc.sql("select id, title from " + table + " order by id limit 1").query().singleRow();
			String title = (String) row.get("title");
			String path = switch (kind) {
				case NEWS -> "notizie";
				case MEETING -> "riunioni";
				case TEMPLATE -> "modelli";
				case PRACTICE -> "pratiche";
			};
			assertThat(this.titles.before(kind, null, " " + title.toUpperCase() + " ", null, null)).as(kind.name())
				.hasValue("/admin/" + path + "/" + row.get("id"));
			assertThat(this.titles.before(kind, null, title, null, "si")).as("confirmed").isEmpty();
			assertThat(this.titles.before(kind, 1L, title, null, null)).as("an edit").isEmpty();
			assertThat(this.titles.before(kind, null, title + " (seconda edizione)", null, null)).isEmpty();
		}
	}

}
