package it.anci.welfare.web;

import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The staff home was a bare list of links (issue 15): it shows what needs doing and the
 * latest changes.
 */
@PortalTest
class StaffHomeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHomeCountsWhatWaitsAndShowsTheLatestChanges() throws Exception {
		long practiceDrafts = this.jdbc.sql("select count(*) from practice where status = 'DRAFT'")
			.query(Long.class)
			.single();
		long newsDrafts = this.jdbc.sql("select count(*) from news where status = 'DRAFT'").query(Long.class).single();
		this.jdbc
			.sql("insert into audit_event (actor, action, target_type, target, details) values "
					+ "('redattrice.home', 'MODIFICATO', 'notizia', 'prova-bacheca', 'Prova della bacheca')")
			.update();
		try {
			Document home = home();
			assertThat(card(home, "Schede pratica in bozza")).isEqualTo(practiceDrafts);
			assertThat(card(home, "Notizie in bozza")).isEqualTo(newsDrafts);
			assertThat(home.select("a:contains(Schede pratica in bozza)").attr("href"))
				.isEqualTo("/admin/pratiche?stato=bozze");
			assertThat(home.select(".staff-work li").eachText()).anyMatch(t -> t.contains("Riunioni in programma"))
				.anyMatch(t -> t.contains("Notizie programmate"))
				.anyMatch(t -> t.contains("Modelli in bozza"));
			assertThat(home.select(".recent-changes li").first().text()).contains("redattrice.home", "«prova-bacheca»");
		}
		finally {
			this.jdbc.sql("delete from audit_event where actor = 'redattrice.home'").update();
		}
	}

	private Document home() throws Exception {
		return Jsoup.parse(this.mvc.get()
			.uri("/admin")
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString());
	}

	private static long card(Document home, String label) {
		return Long.parseLong(home.select(".staff-work a:contains(" + label + ") .glance-number").text());
	}

}
