package it.anci.welfare.meetings;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.Role;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.SampleFiles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Staff editing of meetings: drafts stay private, validation keeps what was typed, files
 * are checked, no overwrite.
 */
@PortalTest
class MeetingEditingTests {

	static final String PASSWORD = "Riunioni-welfare-2026!";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@LocalServerPort
	int port;

	@BeforeEach
	void editor() {
		if (this.accounts.account("redattrice.riunioni").isEmpty()) {
			this.accounts.create("redattrice.riunioni", "Redattrice delle riunioni", Role.EDITOR, PASSWORD, "test");
		}
	}

	/**
	 * Other test classes count the seeded meetings: leave the shared database as it was.
	 */
	@AfterEach
	void removeTheMeetingsCreatedHere() {
		this.jdbc.sql("""
				with gone as (delete from attachment a where a.owner_type = 'MEETING'
				    and a.owner_id in (select id from meeting where title like 'Prova:%') returning file_id)
				delete from stored_file where id in (select file_id from gone)""").update();
		this.jdbc.sql("delete from meeting where title like 'Prova:%'").update();
	}

	@Test
	void aDraftIsPrivateUntilPublishedAndStaffCanPreviewIt() throws Exception {
		Map<String, String> fields = meeting("Prova: Consulta welfare di primavera");
		assertThat(save(fields)).hasStatus3xxRedirection();
		long id = id("Prova: Consulta welfare di primavera");
		String slug = slug(id);
		assertThat(Http.get(this.port, "/riunioni/" + slug).statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/riunioni").body()).doesNotContain("Consulta welfare di primavera");
		assertThat(Http.get(this.port, "/riunioni/calendario.ics", "*/*").body())
			.doesNotContain("Consulta welfare di primavera");
		assertThat(Http.get(this.port, "/sitemap.xml", "*/*").body()).doesNotContain(slug);
		assertThat(Http.get(this.port, "/").body()).doesNotContain("Consulta welfare di primavera");
		var preview = this.mvc.get()
			.uri("/admin/riunioni/{id}/anteprima", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange();
		assertThat(preview).hasStatusOk();
		assertThat(preview.getResponse().getContentAsString()).contains("Anteprima per la redazione",
				"Consulta welfare di primavera", "Bilancio sociale 2099", "Anziani", "solo su invito");
		// the preview is the public page: with the links that add the meeting to a
		// calendar
		assertThat(Jsoup.parse(preview.getResponse().getContentAsString())
			.select("a[href^=https://calendar.google.com/calendar/render?action=TEMPLATE], "
					+ "a[href^=https://outlook.office.com/calendar/0/deeplink/compose]"))
			.hasSize(2);

		fields.put("id", String.valueOf(id));
		fields.put("version", "0");
		fields.put("published", "true");
		assertThat(save(fields)).hasStatus3xxRedirection();
		var page = Http.get(this.port, "/riunioni/" + slug);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Ordine del giorno", "Bilancio sociale 2099", "Anziani", "solo su invito")
			.doesNotContain("Anteprima per la redazione");
		assertThat(Http.get(this.port, "/riunioni/calendario.ics", "*/*").body())
			.contains("Consulta welfare di primavera");
		assertThat(this.jdbc.sql("select action from audit_event where target = ? order by id")
			.param(slug)
			.query(String.class)
			.list()).containsExactly("CREATO_BOZZA", "MODIFICATO_PUBBLICATO");
	}

	@Test
	void invalidInputIsReportedNextToEachFieldAndKept() throws Exception {
		Map<String, String> fields = meeting("");
		fields.put("endsAt", "2099-03-10T09:00");
		fields.put("venue", "");
		fields.put("address", "");
		fields.put("city", "");
		fields.put("agenda", "Punto che non deve andare perso");
		MvcTestResult result = save(fields);
		assertThat(result).hasStatus(422);
		assertThat(result.getResponse().getContentAsString()).contains("Inserisca il titolo.",
				"La fine deve essere successiva all&#39;inizio.", "indichi almeno il luogo o la città",
				"Punto che non deve andare perso", "aria-invalid=\"true\"");

		fields = meeting("Prova: riunione online");
		fields.put("kind", "ONLINE");
		fields.put("onlineUrl", "javascript:alert(1)");
		result = save(fields);
		assertThat(result).hasStatus(422);
		assertThat(result.getResponse().getContentAsString()).contains("Indichi un indirizzo che inizi con https://");
		assertThat(this.jdbc.sql("select count(*) from meeting where title like 'Prova:%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void minutesAreAcceptedOnlyAfterTheMeeting() throws Exception {
		Map<String, String> future = meeting("Prova: riunione futura con verbale");
		future.put("minutes", "Verbale scritto troppo presto");
		MvcTestResult early = save(future);
		assertThat(early).hasStatus(422);
		assertThat(early.getResponse().getContentAsString()).contains("solo dopo la fine della riunione");

		Map<String, String> past = meeting("Prova: riunione svolta con verbale");
		past.put("startsAt", "2020-03-02T10:00");
		past.put("endsAt", "2020-03-02T12:00");
		past.put("minutes", "La Consulta approva **all'unanimità** le linee guida.");
		past.put("published", "true");
		assertThat(save(past)).hasStatus3xxRedirection();
		var page = Http.get(this.port, "/riunioni/" + slug(id("Prova: riunione svolta con verbale")));
		assertThat(page.body()).contains("Verbale", "<strong>all&#39;unanimità</strong>", "Riunione conclusa");
	}

	@Test
	void aSecondSaveOfTheSameVersionIsRefusedAndBothVersionsAreShown() throws Exception {
		save(meeting("Prova: riunione contesa"));
		long id = id("Prova: riunione contesa");
		Map<String, String> first = meeting("Prova: versione della prima redattrice");
		first.put("id", String.valueOf(id));
		first.put("version", "0");
		assertThat(save(first)).hasStatus3xxRedirection();
		Map<String, String> second = meeting("Prova: versione del secondo redattore");
		second.put("id", String.valueOf(id));
		second.put("version", "0");
		MvcTestResult conflict = save(second);
		assertThat(conflict).hasStatus(409);
		assertThat(conflict.getResponse().getContentAsString()).contains("modificata da un",
				"versione del secondo redattore", "versione della prima redattrice");
		assertThat(this.jdbc.sql("select title from meeting where id = ?").param(id).query(String.class).single())
			.isEqualTo("Prova: versione della prima redattrice");
	}

	@Test
	void realFilesAreAttachedAndDownloadableWhileImpostorsAreRefused() throws Exception {
		Map<String, String> fields = meeting("Prova: riunione con documenti");
		fields.put("published", "true");
		save(fields);
		long id = id("Prova: riunione con documenti");
		String slug = slug(id);
		HttpSession staff = new HttpSession().login(this.port, "redattrice.riunioni", PASSWORD);
		String form = "/admin/riunioni/" + id;
		String action = form + "/allegati";

		HttpResponse<String> pdf = staff.postMultipart(this.port, form, action,
				Map.of("title", "Convocazione firmata", "kind", "CONVOCAZIONE"), "Convocazione firmata (def).pdf",
				SampleFiles.pdf());
		assertThat(pdf.statusCode()).isEqualTo(302);
		// the form the editor comes back to says what was done
		assertThat(Jsoup.parse(staff.get(this.port, form).body()).select("main [role=status]").eachText())
			.containsExactly("Documento «Convocazione firmata» aggiunto.");
		HttpResponse<String> docx = staff.postMultipart(this.port, form, action,
				Map.of("title", "Relazione del gruppo Anziani", "kind", "DOCUMENTO"), "relazione.docx",
				SampleFiles.docx());
		assertThat(docx.statusCode()).isEqualTo(302);

		HttpResponse<String> renamedHtml = staff.postMultipart(this.port, form, action,
				Map.of("title", "Documento sospetto", "kind", "DOCUMENTO"), "verbale.pdf", SampleFiles.html());
		assertThat(renamedHtml.statusCode()).isEqualTo(422);
		assertThat(renamedHtml.body()).contains("Il contenuto del file «verbale.pdf» non è di un tipo ammesso",
				"Scelga di nuovo il file", "value=\"Documento sospetto\"");

		var page = Http.get(this.port, "/riunioni/" + slug).body();
		assertThat(page).contains("Convocazione firmata", "Relazione del gruppo Anziani")
			.doesNotContain("Documento sospetto");
		var attachments = this.jdbc
			.sql("select a.id, f.filename from attachment a join stored_file f on f.id = a.file_id "
					+ "where a.owner_type = 'MEETING' and a.owner_id = ? order by a.id")
			.param(id)
			.query()
			.listOfRows();
		assertThat(attachments).extracting(r -> r.get("filename"))
			.containsExactly("Convocazione-firmata-def.pdf", "relazione.docx");
		HttpResponse<byte[]> download = staff.download(this.port,
				"/riunioni/" + slug + "/allegati/" + attachments.get(0).get("id"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(this.jdbc
			.sql("select f.content from stored_file f join attachment a on a.file_id = f.id " + "where a.id = ?")
			.param(attachments.get(0).get("id"))
			.query(byte[].class)
			.single());
		assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("Convocazione-firmata-def.pdf"));
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		// another meeting's id in the address does not reach this file
		assertThat(Http
			.get(this.port,
					"/riunioni/consulta-politiche-di-coesione-sociale-e-welfare-23-gennaio-2020/allegati/"
							+ attachments.get(0).get("id"))
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aFileOverTheLimitGetsAClearPageAndNothingChanges() {
		save(meeting("Prova: riunione con file enorme"));
		long id = id("Prova: riunione con file enorme");
		HttpSession staff = new HttpSession().login(this.port, "redattrice.riunioni", PASSWORD);
		byte[] tooLarge = new byte[21 * 1024 * 1024];
		System.arraycopy(SampleFiles.pdf(), 0, tooLarge, 0, SampleFiles.pdf().length);
		HttpResponse<String> response = staff.postMultipart(this.port, "/admin/riunioni/" + id,
				"/admin/riunioni/" + id + "/allegati", Map.of("title", "Scansione", "kind", "VERBALE"), "scansione.pdf",
				tooLarge);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("File troppo grande", "20 MB", "href=\"/admin/riunioni/" + id + "\"")
			.doesNotContain("Exception", "Tomcat", "Spring");
		assertThat(this.jdbc.sql("select count(*) from attachment where owner_type = 'MEETING' and owner_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void deletingNeedsTheConfirmationBox() throws Exception {
		save(meeting("Prova: riunione da eliminare"));
		long id = id("Prova: riunione da eliminare");
		MvcTestResult refused = this.mvc.post()
			.uri("/admin/riunioni/{id}/elimina", id)
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(422);
		assertThat(refused.getResponse().getContentAsString()).contains("spunti la casella di conferma");
		assertThat(this.mvc.post()
			.uri("/admin/riunioni/{id}/elimina", id)
			.param("conferma", "si")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select count(*) from meeting where id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	private static Map<String, String> meeting(String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", "0");
		fields.put("title", title);
		fields.put("bodyName", "Consulta Politiche di coesione sociale e Welfare");
		fields.put("kind", "IN_PRESENZA");
		fields.put("startsAt", "2099-03-10T10:00");
		fields.put("endsAt", "2099-03-10T13:00");
		fields.put("venue", "Sala Falcone Borsellino");
		fields.put("address", "Piazza Italia 11");
		fields.put("city", "Perugia");
		fields.put("onlineUrl", "");
		fields.put("description", "La Consulta è convocata **in seduta ordinaria**.");
		fields.put("agenda", "1. Bilancio sociale 2099\n2. Varie ed eventuali");
		fields.put("groups[0].name", "Anziani");
		fields.put("groups[0].note", "solo su invito");
		fields.put("groups[1].name", "");
		fields.put("groups[1].note", "");
		fields.put("minutes", "");
		return fields;
	}

	private MvcTestResult save(Map<String, String> fields) {
		var request = this.mvc.post().uri("/admin/riunioni").with(user("redattrice").roles("EDITOR")).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	private long id(String title) {
		return this.jdbc.sql("select id from meeting where title = ?").param(title).query(Long.class).single();
	}

	private String slug(long id) {
		return this.jdbc.sql("select slug from meeting where id = ?").param(id).query(String.class).single();
	}

}
