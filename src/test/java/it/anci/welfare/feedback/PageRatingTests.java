package it.anci.welfare.feedback;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * "Ti è stata utile questa pagina?": score, follow-up and comment, kept without personal
 * data, read by staff.
 */
@PortalTest
class PageRatingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PageRatings ratings;

	@AfterEach
	void removeTheRatings() {
		this.jdbc.sql("delete from page_rating").update();
	}

	@Test
	void publicPagesOfTheFirstAndSecondLevelHaveTheBoxStaffAndErrorPagesDoNot() {
		String card = this.jdbc.sql("select slug from practice order by id limit 1").query(String.class).single();
		for (String page : List.of("/", "/pratiche", "/notizie", "/riunioni", "/modelli", "/pratiche/" + card,
				"/modelli/modulo-domanda-beneficiari-buoni-spesa", "/accessibilita")) {
			Document html = Jsoup.parse(Http.get(this.port, page).body());
			assertThat(html.select("#valutazione h2").text()).as(page).isEqualTo("Ti è stata utile questa pagina?");
			assertThat(html.select("#valutazione input[name=pagina]").val()).as(page).isEqualTo(page);
			assertThat(html.select("#valutazione input[name=voto]")).as(page).hasSize(5);
			// no token and no session for an anonymous visitor
			assertThat(html.select("#valutazione input[name=_csrf]")).as(page).isEmpty();
		}
		assertThat(Http.get(this.port, "/pratiche/non-esiste").body()).doesNotContain("id=\"valutazione\"");
		assertThat(Http.get(this.port, "/login").body()).doesNotContain("id=\"valutazione\"");
		assertThat(Http.get(this.port, "/").headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void aScoreThenAnAnswerAndACommentAreStoredWithoutPersonalData() {
		HttpSession visitor = new HttpSession();
		HttpResponse<String> scored = visitor.post(this.port, "/valutazioni",
				Map.of("pagina", "/pratiche?q=anziani", "voto", "2"));
		assertThat(scored.statusCode()).isEqualTo(302);
		assertThat(scored.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/pratiche?q=anziani#valutazione"));
		Document followUp = Jsoup.parse(visitor.get(this.port, "/pratiche?q=anziani").body());
		assertThat(followUp.select("#valutazione legend").text())
			.isEqualTo("Dove hai incontrato le maggiori difficoltà?");
		assertThat(followUp.select("#valutazione p.small").text()).isEqualTo("Hai dato 2 stelle su 5.");
		String action = followUp.select("#valutazione form").attr("action");

		HttpResponse<String> noAnswer = visitor.post(this.port, action,
				Map.of("pagina", "/pratiche?q=anziani", "commento", "Non trovavo il filtro per provincia"));
		assertThat(noAnswer.statusCode()).isEqualTo(302);
		Document again = Jsoup.parse(visitor.get(this.port, "/pratiche?q=anziani").body());
		assertThat(again.select("#valutazione .alert-danger").text()).isEqualTo("Scelga una delle risposte.");
		assertThat(again.select("#valutazione textarea").text()).isEqualTo("Non trovavo il filtro per provincia");

		visitor.post(this.port, action, Map.of("pagina", "/pratiche?q=anziani", "risposta",
				"A volte le indicazioni non erano chiare", "commento", "Non trovavo il filtro per provincia"));
		assertThat(Jsoup.parse(visitor.get(this.port, "/pratiche?q=anziani").body()).select("#valutazione h2").text())
			.isEqualTo("Grazie, il tuo giudizio ci aiuterà a migliorare il servizio!");
		// the same token a second time changes nothing
		visitor.post(this.port, action, Map.of("pagina", "/pratiche", "risposta", "Altro", "commento", "altro testo"));

		var row = this.jdbc.sql("select * from page_rating").query().singleRow();
		assertThat(row).containsOnlyKeys("id", "token", "page", "rating", "answer", "comment", "created_at");
		assertThat(row).containsEntry("page", "/pratiche")
			.containsEntry("rating", 2)
			.containsEntry("answer", "A volte le indicazioni non erano chiare")
			.containsEntry("comment", "Non trovavo il filtro per provincia");
	}

	@Test
	void badInputGetsAClearMessage() {
		HttpSession visitor = new HttpSession();
		visitor.post(this.port, "/valutazioni", Map.of("pagina", "/notizie", "voto", "9"));
		assertThat(Jsoup.parse(visitor.get(this.port, "/notizie").body()).select("#valutazione .alert-danger").text())
			.isEqualTo("Scelga un voto da 1 a 5 stelle.");
		for (String elsewhere : List.of("https://example.org/", "//example.org/", "")) {
			HttpResponse<String> refused = Http.post(this.port, "/valutazioni",
					Map.of("pagina", elsewhere, "voto", "5"));
			assertThat(refused.statusCode()).as(elsewhere).isEqualTo(400);
			assertThat(refused.body()).contains("La valutazione non indica una pagina di questo sito.");
		}
		String token = this.ratings.rate("/modelli", 5).toString();
		HttpResponse<String> tooLong = visitor.post(this.port, "/valutazioni/" + token,
				Map.of("pagina", "/modelli", "risposta", "Altro", "commento", "x".repeat(201)));
		assertThat(tooLong.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(visitor.get(this.port, "/modelli").body()).select("#valutazione .alert-danger").text())
			.startsWith("Il commento può avere al massimo 200 caratteri");
		assertThat(
				this.jdbc.sql("select count(*) from page_rating where answer is not null").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("select count(*) from page_rating").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void staffReadPerPageAveragesAndTheComments() throws Exception {
		for (int score : new int[] { 5, 4, 4 }) {
			this.ratings.rate("/riunioni", score);
		}
		this.ratings.followUp(this.ratings.rate("/modelli", 1), "Ho avuto problemi tecnici", "Il PDF non si apriva");
		Document page = Jsoup.parse(this.mvc.get()
			.uri("/admin/valutazioni")
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString());
		var meetings = page.select("tr:has(th a[href=/riunioni]) td").eachText();
		assertThat(meetings).containsExactly("3", "4,3", "0", "0", "0", "2", "1");
		assertThat(page.select("tr:has(th a[href=/modelli]) td").eachText()).startsWith("1", "1,0");
		assertThat(page.select("tbody tr th").eachText()).startsWith("/riunioni");
		assertThat(page.select(".list-group-item").text()).contains("Il PDF non si apriva",
				"1 stella su 5 · Ho avuto problemi tecnici");
		assertThat(this.mvc.get().uri("/admin/valutazioni").exchange()).hasStatus3xxRedirection();
	}

}
