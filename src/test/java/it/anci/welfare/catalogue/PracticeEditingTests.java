package it.anci.welfare.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Staff editing of practice cards: every field, drafts kept off every public surface, no overwrite, deletions. */
@PortalTest
class PracticeEditingTests {

	static final String TITLE = "Prova: spesa a domicilio con i volontari di quartiere";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	/** Other test classes count the seeded cards: leave the shared database as it was. */
	@AfterEach
	void removeTheCardsCreatedHere() {
		this.jdbc.sql("delete from practice where title like 'Prova:%'").update();
	}

	@Test
	void aDraftIsOffEveryPublicSurfaceUntilPublished() {
		assertThat(save(card(TITLE))).hasStatus3xxRedirection();
		var row = this.jdbc.sql("select id, slug, status, province_code, region_code, size_class from practice where title = ?")
			.param(TITLE).query().singleRow();
		assertThat(row).containsEntry("status", "DRAFT").containsEntry("province_code", "054").containsEntry("region_code", "10");
		long id = ((Number) row.get("id")).longValue();
		String slug = (String) row.get("slug");
		assertThat(slug).startsWith("prova-spesa-a-domicilio").endsWith("perugia");
		assertThat(Http.get(this.port, "/pratiche/" + slug).statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/pratiche?q=volontari+di+quartiere").body()).doesNotContain(TITLE);
		assertThat(Http.get(this.port, "/pratiche.csv?q=volontari+di+quartiere", "*/*").body()).doesNotContain(TITLE);
		assertThat(Http.get(this.port, "/pratiche.json?q=volontari+di+quartiere", "application/json").body()).doesNotContain(TITLE);
		assertThat(Http.get(this.port, "/comuni/054039").body()).doesNotContain(TITLE);
		assertThat(Http.get(this.port, "/pratiche/confronta?id=" + slug).body()).doesNotContain(TITLE);
		assertThat(Http.get(this.port, "/sitemap.xml", "*/*").body()).doesNotContain(slug);
		var preview = this.mvc.get().uri("/admin/pratiche/{id}/anteprima", id).with(user("redattrice").roles("EDITOR")).exchange();
		assertThat(preview).hasStatusOk();
		assertThat(preview).bodyText().contains("Anteprima per la redazione", TITLE, "Volontari della parrocchia");

		Map<String, String> published = card(TITLE);
		published.put("id", String.valueOf(id));
		published.put("published", "true");
		assertThat(save(published)).hasStatus3xxRedirection();
		assertThat(Http.get(this.port, "/pratiche/" + slug).body()).contains(TITLE, "Volontari della parrocchia",
				"Relazione del servizio");
		assertThat(Http.get(this.port, "/pratiche?q=volontari+di+quartiere").body()).contains(TITLE);
		assertThat(Http.get(this.port, "/pratiche.csv?q=volontari+di+quartiere", "*/*").body()).contains(TITLE);
		assertThat(this.jdbc.sql("select action from audit_event where target = ? order by id").param(slug)
			.query(String.class).list()).containsExactly("CREATO_BOZZA", "PUBBLICATO");
	}

	@Test
	void invalidInputIsReportedNextToEachFieldAndKept() {
		Map<String, String> fields = card("");
		fields.put("comune", "999999");
		fields.remove("serviceAreas");
		fields.put("beneficiaries", "-4");
		fields.put("contactEmail", "non-una-mail");
		fields.put("sources[0].url", "javascript:alert(1)");
		fields.put("description", "Descrizione da non perdere");
		MvcTestResult result = save(fields);
		assertThat(result).hasStatus(422);
		assertThat(result).bodyText().contains("Inserisca il titolo.", "Comune non trovato", "almeno un&#39;area di intervento",
				"non può essere negativo", "posta elettronica valido", "inizi con https://", "Descrizione da non perdere");
		assertThat(this.jdbc.sql("select count(*) from practice where title like 'Prova:%'").query(Long.class).single()).isZero();
	}

	@Test
	void theComuneCanBeTypedByNameAndDecidesProvinceAndRegion() {
		Map<String, String> fields = card(TITLE);
		fields.put("comune", "Bastia Umbra");
		assertThat(save(fields)).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select comune_code from practice where title = ?").param(TITLE).query(String.class).single())
			.isEqualTo("054002");
	}

	@Test
	void theStaffListShowsDraftsOrPublishedCardsOnRequest() {
		save(card(TITLE));
		var drafts = this.mvc.get().uri("/admin/pratiche?stato=bozze").with(user("redattrice").roles("EDITOR")).exchange();
		long draftCount = this.jdbc.sql("select count(*) from practice where status <> 'PUBLISHED'").query(Long.class).single();
		assertThat(drafts).bodyText().contains(draftCount + " schede in bozza", TITLE);
		var published = this.mvc.get().uri("/admin/pratiche?stato=pubblicate&q=volontari di quartiere")
			.with(user("redattrice").roles("EDITOR")).exchange();
		assertThat(published).bodyText().contains("0 schede pubblicate per «volontari di quartiere»").doesNotContain(TITLE);
		assertThat(this.mvc.get().uri("/admin/pratiche?stato=tutte-e-altre").with(user("redattrice").roles("EDITOR")).exchange())
			.hasStatusOk();
	}

	@Test
	void aNameSharedByTwoComuniAsksForTheProvinceAndAcceptsIt() {
		Map<String, String> fields = card(TITLE);
		fields.put("comune", "castro");
		MvcTestResult ambiguous = save(fields);
		assertThat(ambiguous).hasStatus(422);
		assertThat(ambiguous).bodyText().contains("Più Comuni si chiamano così", "Castro (BG, codice 016065)",
				"Castro (LE, codice 075096)");
		fields.put("comune", "Castro (le)");
		assertThat(save(fields)).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select comune_code || ' ' || region_code from practice where title = ?").param(TITLE)
			.query(String.class).single()).isEqualTo("075096 16");
	}

	@Test
	void aSecondSaveOfTheSameVersionIsRefused() {
		save(card(TITLE));
		long id = this.jdbc.sql("select id from practice where title = ?").param(TITLE).query(Long.class).single();
		Map<String, String> first = card("Prova: versione della prima redattrice");
		first.put("id", String.valueOf(id));
		assertThat(save(first)).hasStatus3xxRedirection();
		Map<String, String> second = card("Prova: versione del secondo redattore");
		second.put("id", String.valueOf(id));
		MvcTestResult conflict = save(second);
		assertThat(conflict).hasStatus(409);
		assertThat(conflict).bodyText().contains("modificata da un", "Prova: versione del secondo redattore",
				"Prova: versione della prima redattrice");
	}

	@Test
	void deletingOneCardNeedsTheConfirmationBox() {
		save(card(TITLE));
		long id = this.jdbc.sql("select id from practice where title = ?").param(TITLE).query(Long.class).single();
		assertThat(this.mvc.post().uri("/admin/pratiche/{id}/elimina", id).with(user("redattrice").roles("EDITOR")).with(csrf())
			.exchange()).hasStatus(422);
		assertThat(this.mvc.post().uri("/admin/pratiche/{id}/elimina", id).param("conferma", "si")
			.with(user("redattrice").roles("EDITOR")).with(csrf()).exchange()).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select count(*) from practice where id = ?").param(id).query(Long.class).single()).isZero();
	}

	/** Rolled back at the end, so the other test classes still find the 175 example cards. */
	@Test
	@Transactional
	void theExampleCardsGoOnlyWithTheTypedConfirmation() {
		MvcTestResult refused = this.mvc.post().uri("/admin/pratiche/esempi").param("conferma", "elimina")
			.with(user("redattrice").roles("EDITOR")).with(csrf()).exchange();
		assertThat(refused).hasStatus(422);
		assertThat(refused).bodyText().contains("scriva la parola ELIMINA", "175 schede di esempio");
		assertThat(count("ESEMPIO")).isEqualTo(175);

		MvcTestResult done = this.mvc.post().uri("/admin/pratiche/esempi").param("conferma", "ELIMINA")
			.with(user("redattrice").roles("EDITOR")).with(csrf()).exchange();
		assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/admin/pratiche");
		assertThat(done.getMvcResult().getFlashMap().get("message")).asString().contains("Eliminate 175 schede di esempio");
		assertThat(count("ESEMPIO")).isZero();
		assertThat(count("FONTE_PUBBLICA")).isEqualTo(52);
		assertThat(this.mvc.get().uri("/pratiche").exchange()).bodyText().contains("52");
		assertThat(this.jdbc.sql("select details from audit_event where action = 'ELIMINATE_SCHEDE_ESEMPIO'")
			.query(String.class).list()).containsExactly("175 schede di esempio eliminate");
	}

	private long count(String provenance) {
		return this.jdbc.sql("select count(*) from practice where provenance = ?").param(provenance).query(Long.class).single();
	}

	private static Map<String, String> card(String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", "0");
		fields.put("title", title);
		fields.put("provenance", "FONTE_PUBBLICA");
		fields.put("providerType", "COMUNE");
		fields.put("providerName", "Comune di Perugia");
		fields.put("comune", "054039");
		fields.put("classification", "NUOVO");
		fields.put("serviceAreas", "OS1");
		fields.put("targetGroups", "FAM");
		fields.put("interventions", "BUONI");
		fields.put("channels", "TELEFONO");
		fields.put("description", "Consegna della spesa a domicilio per le persone in isolamento, con i volontari di quartiere.");
		fields.put("partners", "Volontari della parrocchia");
		fields.put("technologies", "Non indicato");
		fields.put("startDate", "2020-03-16");
		fields.put("beneficiaries", "120");
		fields.put("operatorsFeedback", "Non indicato");
		fields.put("citizensFeedback", "Non indicato");
		fields.put("innovation", "Rete di volontari coordinata dal servizio sociale");
		fields.put("continuation", "SI");
		fields.put("continuationNote", "Prosegue per le persone fragili");
		fields.put("sources[0].title", "Relazione del servizio");
		fields.put("sources[0].url", "https://www.comune.perugia.it/");
		return fields;
	}

	private MvcTestResult save(Map<String, String> fields) {
		var request = this.mvc.post().uri("/admin/pratiche").with(user("redattrice").roles("EDITOR")).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

}
