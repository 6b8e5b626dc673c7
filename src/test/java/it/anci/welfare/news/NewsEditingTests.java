package it.anci.welfare.news;

import java.net.http.HttpResponse;
import java.util.List;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.SampleFiles;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Staff editing of news: drafts stay private, publishing shows them everywhere, no silent
 * overwrite.
 */
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
		this.jdbc.sql("""
				with gone as (delete from attachment a where a.owner_type = 'NEWS'
				    and a.owner_id in (select id from news where summary = 'Sommario di prova') returning file_id)
				delete from stored_file where id in (select file_id from gone)""").update();
		this.jdbc.sql("delete from news where summary = 'Sommario di prova'").update();
	}

	@Test
	void aDraftIsInvisibleOnEveryPublicSurfaceUntilPublished() throws Exception {
		MvcTestResult created = save(null, 0, "Bozza riservata sul welfare di comunità", false, "2020-06-01T10:00");
		assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/admin/notizie");
		var row = this.jdbc
			.sql("select id, slug, status from news where title = 'Bozza riservata sul welfare di comunità'")
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("DRAFT");
		String slug = (String) row.get("slug");
		assertThat(Http.get(this.port, "/notizie/" + slug).statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/notizie").body()).doesNotContain("Bozza riservata");
		assertThat(Http.get(this.port, "/notizie/feed.rss", "*/*").body()).doesNotContain("Bozza riservata");
		assertThat(Http.get(this.port, "/sitemap.xml", "*/*").body()).doesNotContain(slug);
		assertThat(this.mvc.get()
			.uri("/admin/notizie")
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString()).contains("Bozza riservata sul welfare di comunità", "Bozza");

		long id = ((Number) row.get("id")).longValue();
		var preview = this.mvc.get()
			.uri("/admin/notizie/{id}/anteprima", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange();
		assertThat(preview).hasStatusOk();
		assertThat(preview.getResponse().getContentAsString()).contains("Anteprima per la redazione",
				"Bozza riservata sul welfare di comunità");
		assertThat(save(id, 0, "Bozza riservata sul welfare di comunità", true, "2020-06-01T10:00"))
			.hasStatus3xxRedirection();
		assertThat(Http.get(this.port, "/notizie/" + slug).statusCode()).isEqualTo(200);
		assertThat(Http.get(this.port, "/notizie/feed.atom", "*/*").body())
			.contains("Bozza riservata sul welfare di comunità");
		assertThat(this.jdbc.sql("select count(*) from audit_event where target = ?")
			.param(slug)
			.query(Long.class)
			.single()).isEqualTo(2);
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
		long id = this.jdbc.sql("select id from news where title = 'Notizia contesa tra due redattori'")
			.query(Long.class)
			.single();
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
		MvcTestResult result = this.mvc.post()
			.uri("/admin/notizie")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("type", "AVVISO")
			.param("title", "")
			.param("summary", "Sommario scritto")
			.param("body", "Testo lungo già scritto dalla redazione")
			.param("publishedAt", "2020-06-01T10:00")
			.param("azione", "salva")
			.exchange();
		assertThat(result).hasStatus(422);
		// the textarea keeps the text (Thymeleaf writes "à" as an entity there)
		assertThat(result.getResponse().getContentAsString()).contains("Inserisca il titolo.", "Sommario scritto",
				"Testo lungo gi", "scritto dalla redazione</textarea>");
	}

	@Test
	void thePreviewShowsSanitizedHtml() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/notizie")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("type", "NOTIZIA")
			.param("title", "Anteprima")
			.param("summary", "s")
			.param("body", "**forte** <script>alert(1)</script> [x](javascript:alert(1))")
			.param("publishedAt", "2020-06-01T10:00")
			.param("azione", "anteprima")
			.exchange();
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("<strong>forte</strong>").doesNotContain("<script>alert", "href=\"javascript");
	}

	@Test
	void anItemCarriesDocumentsAndLinksToAMeetingThatShowsItBack() throws Exception {
		String meeting = "consulta-welfare-23-gennaio-2020";
		var created = save(null, 0, "Nota di lettura con allegato", true, "2020-06-01T10:00", meeting);
		assertThat(created).hasStatus3xxRedirection();
		var row = this.jdbc.sql("select id, slug from news where title = 'Nota di lettura con allegato'")
			.query()
			.singleRow();
		long id = ((Number) row.get("id")).longValue();
		String slug = (String) row.get("slug");
		Document form = Jsoup.parse(this.mvc.get()
			.uri("/admin/notizie/{id}", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("input[name=meetings][checked]").eachAttr("value")).containsExactly(meeting);

		long versionBefore = newsVersion(id);
		MvcTestResult refused = attach(id, "Nota in HTML", "nota.pdf", SampleFiles.html());
		assertThat(refused).hasStatus(422);
		assertThat(refused.getResponse().getContentAsString()).contains("non è di un tipo ammesso",
				"Scelga di nuovo il file", "value=\"Nota in HTML\"");
		MvcTestResult attached = attach(id, "Nota di lettura (PDF)", "nota.pdf", SampleFiles.pdf());
		assertThat(attached).hasStatus3xxRedirection().hasRedirectedUrl("/admin/notizie/" + id + "#documenti");
		Document formAfter = Jsoup.parse(this.mvc.get()
			.uri("/admin/notizie/{id}", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(formAfter.select("main a[href=/notizie/" + slug + "]").eachText())
			.containsExactly("Pagina pubblica");

		Document page = Jsoup.parse(Http.get(this.port, "/notizie/" + slug).body());
		Element document = page.selectFirst("a[download]:contains(Nota di lettura (PDF))");
		assertThat(document).isNotNull();
		assertThat(document.parent().text()).contains("PDF, ").contains("kB");
		assertThat(page.select("a[href=/riunioni/" + meeting + "]")).hasSize(1);
		HttpResponse<byte[]> download = Http.download(this.port, document.attr("href"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
		// the file is reached only through its own item
		long attachment = this.jdbc.sql("select id from attachment where owner_type = 'NEWS' and owner_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(Http
			.get(this.port,
					"/notizie/unicef-manifesto-dei-sindaci-citta-amiche-dei-bambini-e-degli-adolescenti/allegati/"
							+ attachment)
			.statusCode()).isEqualTo(404);

		Document meetingPage = Jsoup.parse(Http.get(this.port, "/riunioni/" + meeting).body());
		// the convocation notice, linked above the documents, is not listed again among
		// the related news
		assertThat(meetingPage.select("section[aria-labelledby=mentions-title] a").eachAttr("href"))
			.contains("/notizie/" + slug)
			.doesNotContain("/notizie/convocazione-consulta-politiche-di-coesione-sociale-e-welfare-23-gennaio-2020");

		assertThat(this.mvc.post()
			.uri("/admin/notizie/{id}/allegati/{a}/elimina", id, attachment)
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(Jsoup.parse(Http.get(this.port, "/notizie/" + slug).body()).select("a[download]")).isEmpty();
		assertThat(this.jdbc.sql("select action from audit_event where target = ? order by id")
			.param(slug)
			.query(String.class)
			.list()).containsExactly("PUBBLICATO", "ALLEGATO_AGGIUNTO", "ALLEGATO_RIMOSSO");
		// each change of the file list is a change of the item: a form open before it is
		// stale
		assertThat(newsVersion(id)).isEqualTo(versionBefore + 2);
	}

	private long newsVersion(long id) {
		return this.jdbc.sql("select version from news where id = ?").param(id).query(Long.class).single();
	}

	@Test
	void aSecondItemWithTheSameTitleIsSavedOnlyOnceStaffConfirm() throws Exception {
		assertThat(save(null, 0, "Titolo già usato dalla redazione", false, "2020-06-01T10:00"))
			.hasStatus3xxRedirection();
		long first = this.jdbc.sql("select id from news where title = 'Titolo già usato dalla redazione'")
			.query(Long.class)
			.single();
		MvcTestResult warned = save(null, 0, "titolo  già usato dalla Redazione", false, "2020-06-01T10:00");
		assertThat(warned).hasStatus(422);
		Document form = Jsoup.parse(warned.getResponse().getContentAsString());
		assertThat(form.select("#duplicate-title a").attr("href")).isEqualTo("/admin/notizie/" + first);
		assertThat(form.select("#duplicate-title input[name=confermaTitolo]").val()).isEqualTo("si");
		assertThat(form.select("input[name=title]").val()).isEqualTo("titolo  già usato dalla Redazione");
		assertThat(this.jdbc.sql("select count(*) from news where summary = 'Sommario di prova'")
			.query(Long.class)
			.single()).isEqualTo(1);

		var confirmed = this.mvc.post()
			.uri("/admin/notizie")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("type", "NOTIZIA")
			.param("title", "Titolo già usato dalla redazione")
			.param("summary", "Sommario di prova")
			.param("body", "Un'altra notizia.")
			.param("publishedAt", "2020-06-01T10:00")
			.param("azione", "salva")
			.param("confermaTitolo", "si")
			.exchange();
		assertThat(confirmed).hasStatus3xxRedirection();
		assertThat(this.jdbc
			.sql("select slug from news where lower(title) = 'titolo già usato dalla redazione' order by id")
			.query(String.class)
			.list()).containsExactly("titolo-gia-usato-dalla-redazione", "titolo-gia-usato-dalla-redazione-2");
		// editing the first one again is not a duplicate of itself
		assertThat(save(first, 0, "Titolo già usato dalla redazione", false, "2020-06-01T10:00"))
			.hasStatus3xxRedirection();
	}

	@Test
	void theSummaryIsShownOnceWhenTheBodyOpensWithIt() {
		Document repeating = Jsoup.parse(Http.get(this.port,
				"/notizie/" + this.jdbc
					.sql("select slug from news where slug like 'servizi-sociali-al-tempo-del-coronavirus%'")
					.query(String.class)
					.single())
			.body());
		assertThat(repeating.select("main p.lead")).isEmpty();
		Document distinct = Jsoup.parse(Http
			.get(this.port, "/notizie/unicef-manifesto-dei-sindaci-citta-amiche-dei-bambini-e-degli-adolescenti")
			.body());
		assertThat(distinct.select("main p.lead")).hasSize(1);
	}

	@Test
	void theListMarksFeaturedItems() {
		List<String> featured = this.jdbc.sql("select title from news where featured and status = 'PUBLISHED'")
			.query(String.class)
			.list();
		assertThat(featured).isNotEmpty();
		Document list = Jsoup.parse(Http.get(this.port, "/notizie").body());
		for (String title : featured) {
			Element card = list.selectFirst("main article:has(a:containsOwn(" + title.substring(0, 30) + "))");
			assertThat(card).as(title).isNotNull();
			assertThat(card.select(".badge").eachText()).contains("In evidenza");
		}
		assertThat(list.select(".badge:containsOwn(In evidenza)")).hasSize(featured.size());
	}

	private MvcTestResult attach(long id, String title, String filename, byte[] content) {
		return this.mvc.post()
			.uri("/admin/notizie/{id}/allegati", id)
			.multipart()
			.file(new MockMultipartFile("file", filename, "application/octet-stream", content))
			.param("title", title)
			// upload forms carry the token in the address or a header, never in the
			// multipart body
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf().asHeader())
			.exchange();
	}

	private MvcTestResult save(Long id, long version, String title, boolean published, String publishedAt,
			String... meetings) {
		var request = this.mvc.post()
			.uri("/admin/notizie")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("type", "NOTIZIA")
			.param("title", title)
			.param("summary", "Sommario di prova")
			.param("body", "Testo di **prova**.")
			.param("topics", "Welfare, Prova")
			.param("publishedAt", publishedAt)
			.param("azione", "salva");
		if (id != null) {
			request = request.param("id", String.valueOf(id));
		}
		if (published) {
			request = request.param("published", "true");
		}
		if (meetings.length > 0) {
			request = request.param("meetings", meetings);
		}
		return request.exchange();
	}

}
