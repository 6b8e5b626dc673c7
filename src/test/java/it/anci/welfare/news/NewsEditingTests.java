package it.anci.welfare.news;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
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

/** Staff editing of news: drafts stay private, publishing shows them everywhere, no silent overwrite. */
@PortalTest
class NewsEditingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	/** Other test classes count the seeded news: leave the shared database as it was. */
	@AfterEach
	void removeTheNewsCreatedHere() {
		this.jdbc.sql("delete from news where summary = 'Sommario di prova'").update();
	}

	@Test
	void aDraftIsInvisibleOnEveryPublicSurfaceUntilPublished() throws Exception {
		MvcTestResult created = save(null, 0, "Bozza riservata sul welfare di comunità", false, "2020-06-01T10:00");
		assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/admin/notizie");
		var row = this.jdbc.sql("select id, slug, status from news where title = 'Bozza riservata sul welfare di comunità'")
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("DRAFT");
		String slug = (String) row.get("slug");
		assertThat(Http.get(this.port, "/notizie/" + slug).statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/notizie").body()).doesNotContain("Bozza riservata");
		assertThat(Http.get(this.port, "/notizie/feed.rss", "*/*").body()).doesNotContain("Bozza riservata");
		assertThat(Http.get(this.port, "/sitemap.xml", "*/*").body()).doesNotContain(slug);
		assertThat(this.mvc.get().uri("/admin/notizie").with(user("redattrice").roles("EDITOR")).exchange()
			.getResponse().getContentAsString()).contains("Bozza riservata sul welfare di comunità", "Bozza");

		long id = ((Number) row.get("id")).longValue();
		var preview = this.mvc.get().uri("/admin/notizie/{id}/anteprima", id).with(user("redattrice").roles("EDITOR")).exchange();
		assertThat(preview).hasStatusOk();
		assertThat(preview.getResponse().getContentAsString()).contains("Anteprima per la redazione",
				"Bozza riservata sul welfare di comunità");
		assertThat(save(id, 0, "Bozza riservata sul welfare di comunità", true, "2020-06-01T10:00")).hasStatus3xxRedirection();
		assertThat(Http.get(this.port, "/notizie/" + slug).statusCode()).isEqualTo(200);
		assertThat(Http.get(this.port, "/notizie/feed.atom", "*/*").body()).contains("Bozza riservata sul welfare di comunità");
		assertThat(this.jdbc.sql("select count(*) from audit_event where target = ?").param(slug).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void aPublicationScheduledForLaterStaysPrivate() {
		save(null, 0, "Notizia programmata per il futuro", true, "2099-01-01T09:00");
		String slug = this.jdbc.sql("select slug from news where title = 'Notizia programmata per il futuro'")
			.query(String.class)
			.single();
		assertThat(Http.get(this.port, "/notizie/" + slug).statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/notizie").body()).doesNotContain("Notizia programmata per il futuro");
	}

	@Test
	void aSecondSaveOfTheSameVersionIsRefusedWithBothVersionsShown() throws Exception {
		save(null, 0, "Notizia contesa tra due redattori", false, "2020-06-01T10:00");
		long id = this.jdbc.sql("select id from news where title = 'Notizia contesa tra due redattori'").query(Long.class).single();
		assertThat(save(id, 0, "Versione della prima redattrice", false, "2020-06-01T10:00")).hasStatus3xxRedirection();
		MvcTestResult second = save(id, 0, "Versione del secondo redattore", false, "2020-06-01T10:00");
		assertThat(second).hasStatus(409);
		assertThat(second.getResponse().getContentAsString()).contains("modificata da un",
				"Versione del secondo redattore", "Versione della prima redattrice");
		assertThat(this.jdbc.sql("select title from news where id = ?").param(id).query(String.class).single())
			.isEqualTo("Versione della prima redattrice");
	}

	@Test
	void anInvalidFormKeepsWhatWasTypedWithItalianMessages() throws Exception {
		MvcTestResult result = this.mvc.post().uri("/admin/notizie").with(user("redattrice").roles("EDITOR")).with(csrf())
			.param("version", "0").param("type", "AVVISO").param("title", "").param("summary", "Sommario scritto")
			.param("body", "Testo lungo già scritto dalla redazione").param("publishedAt", "2020-06-01T10:00")
			.param("azione", "salva")
			.exchange();
		assertThat(result).hasStatus(422);
		// the textarea keeps the text (Thymeleaf writes "à" as an entity there)
		assertThat(result.getResponse().getContentAsString()).contains("Inserisca il titolo.", "Sommario scritto",
				"Testo lungo gi", "scritto dalla redazione</textarea>");
	}

	@Test
	void thePreviewShowsSanitizedHtml() throws Exception {
		MvcTestResult result = this.mvc.post().uri("/admin/notizie").with(user("redattrice").roles("EDITOR")).with(csrf())
			.param("version", "0").param("type", "NOTIZIA").param("title", "Anteprima").param("summary", "s")
			.param("body", "**forte** <script>alert(1)</script> [x](javascript:alert(1))")
			.param("publishedAt", "2020-06-01T10:00").param("azione", "anteprima")
			.exchange();
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("<strong>forte</strong>").doesNotContain("<script>alert", "href=\"javascript");
	}

	private MvcTestResult save(Long id, long version, String title, boolean published, String publishedAt) {
		var request = this.mvc.post().uri("/admin/notizie").with(user("redattrice").roles("EDITOR")).with(csrf())
			.param("version", String.valueOf(version)).param("type", "NOTIZIA").param("title", title)
			.param("summary", "Sommario di prova").param("body", "Testo di **prova**.").param("topics", "Welfare, Prova")
			.param("publishedAt", publishedAt).param("azione", "salva");
		if (id != null) {
			request = request.param("id", String.valueOf(id));
		}
		if (published) {
			request = request.param("published", "true");
		}
		return request.exchange();
	}

}
