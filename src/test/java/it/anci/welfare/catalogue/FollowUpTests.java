package it.anci.welfare.catalogue;

import java.util.List;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Follow-ups added by the editors: checked, shown as the card's timeline, its current
 * state in the exports.
 */
@PortalTest
class FollowUpTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@AfterEach
	void removeTheFollowUpsAddedHere() {
		this.jdbc.sql("delete from practice_update").update();
	}

	@Test
	void anEditorsFollowUpIsTheCardsCurrentStateOnThePageInTheComparisonAndInTheExports() throws Exception {
		var card = this.jdbc.sql("select id, slug from practice where status = 'PUBLISHED' order by id limit 1")
			.query()
			.singleRow();
		long id = ((Number) card.get("id")).longValue();
		String slug = (String) card.get("slug");
		assertThat(Jsoup.parse(Http.get(this.port, "/pratiche/" + slug).body()).select("#aggiornamenti").text())
			.contains("Nessun aggiornamento dopo la scheda");

		assertThat(add(id, "2021-01-15", "PROSEGUITA", "Prosegue nel 2021.", "https://www.example.org/delibera"))
			.hasStatus3xxRedirection();
		assertThat(add(id, "2021-09-30", "CONCLUSA", "Concluso a settembre.", "")).hasStatus3xxRedirection();

		Document page = Jsoup.parse(Http.get(this.port, "/pratiche/" + slug).body());
		assertThat(page.select("#aggiornamenti li time").eachAttr("datetime")).containsExactly("2021-09-30",
				"2021-01-15");
		assertThat(page.select("#aggiornamenti li").first().text()).contains("Conclusa", "stato attuale",
				"Concluso a settembre.");
		assertThat(page.select("#aggiornamenti a[href=https://www.example.org/delibera]")).hasSize(1);

		// the catalogue filters on the current state, with its counts
		Document concluded = Jsoup.parse(Http.get(this.port, "/pratiche?stato=conclusa").body());
		assertThat(concluded.select(".practice-item h3 a").eachAttr("href")).containsExactly("/pratiche/" + slug);
		assertThat(concluded.select("#facet-stato label").eachText()).contains("Conclusa (1)");
		long without = this.jdbc.sql("select count(*) from practice where status = 'PUBLISHED'")
			.query(Long.class)
			.single() - 1;
		assertThat(Jsoup.parse(Http.get(this.port, "/pratiche?stato=nessun-aggiornamento").body())
			.select("#facet-stato label")
			.eachText()).contains("Nessun aggiornamento dopo la scheda (" + without + ")");

		var json = new tools.jackson.databind.ObjectMapper()
			.readTree(Http.get(this.port, "/pratiche.json?q=" + slug, "application/json").body());
		var exported = java.util.stream.StreamSupport.stream(json.spliterator(), false)
			.filter(n -> n.get("slug").asString().equals(slug))
			.findFirst()
			.orElseThrow();
		assertThat(exported.get("currentState").asString()).isEqualTo("Conclusa");
		assertThat(exported.get("lastUpdate").asString()).isEqualTo("2021-09-30 – Concluso a settembre.");

		String other = this.jdbc
			.sql("select slug from practice where status = 'PUBLISHED' and id <> ? order by id limit 1")
			.param(id)
			.query(String.class)
			.single();
		assertThat(Jsoup.parse(Http.get(this.port, "/pratiche/confronta?id=" + slug + "&id=" + other).body()).text())
			.contains("Stato attuale", "Conclusa (30 settembre 2021): Concluso a settembre.");
	}

	@Test
	void aFollowUpWithoutARealPastDateOrANoteIsRefusedOnThePage() {
		long id = this.jdbc.sql("select min(id) from practice where status = 'PUBLISHED'").query(Long.class).single();
		for (List<String> wrong : List.of(List.of("2021-02-30", "Nota"), List.of("2099-01-01", "Nota"),
				List.of("2021-01-01", " "))) {
			MvcTestResult result = add(id, wrong.get(0), "SOSPESA", wrong.get(1), "");
			assertThat(result).as(wrong.toString()).hasStatus(422);
			assertThat(result).bodyText()
				.containsAnyOf("scriva il giorno come 2021-03-12", "non può essere futura",
						"Scriva che cosa è cambiato.");
		}
		assertThat(this.jdbc.sql("select count(*) from practice_update").query(Long.class).single()).isZero();
	}

	private MvcTestResult add(long id, String day, String state, String note, String url) {
		return this.mvc.post()
			.uri("/admin/pratiche/{id}/aggiornamenti", id)
			.param("day", day)
			.param("state", state)
			.param("note", note)
			.param("sourceTitle", url.isEmpty() ? "" : "Delibera")
			.param("sourceUrl", url)
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.exchange();
	}

}
