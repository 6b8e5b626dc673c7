package it.anci.welfare.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Staff editing of practice cards: every field, drafts kept off every public surface, no
 * overwrite, deletions.
 */
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
		var row = this.jdbc
			.sql("select id, slug, status, province_code, region_code, size_class from practice where title = ?")
			.param(TITLE)
			.query()
			.singleRow();
		assertThat(row).containsEntry("status", "DRAFT")
			.containsEntry("province_code", "054")
			.containsEntry("region_code", "10");
		long id = ((Number) row.get("id")).longValue();
		String slug = (String) row.get("slug");
		assertThat(slug).startsWith("prova-spesa-a-domicilio").endsWith("perugia");
		assertThat(Http.get(this.port, "/pratiche/" + slug).statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/pratiche?q=volontari+di+quartiere").body()).doesNotContain(TITLE);
		assertThat(Http.get(this.port, "/pratiche.csv?q=volontari+di+quartiere", "*/*").body()).doesNotContain(TITLE);
		assertThat(Http.get(this.port, "/pratiche.json?q=volontari+di+quartiere", "application/json").body())
			.doesNotContain(TITLE);
		assertThat(Http.get(this.port, "/comuni/054039").body()).doesNotContain(TITLE);
		assertThat(Http.get(this.port, "/pratiche/confronta?id=" + slug).body()).doesNotContain(TITLE);
		assertThat(Http.get(this.port, "/sitemap.xml", "*/*").body()).doesNotContain(slug);
		var preview = this.mvc.get()
			.uri("/admin/pratiche/{id}/anteprima", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange();
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
		assertThat(this.jdbc.sql("select action from audit_event where target = ? order by id")
			.param(slug)
			.query(String.class)
			.list()).containsExactly("CREATO_BOZZA", "PUBBLICATO");
	}

	@Test
	void invalidInputIsReportedNextToEachFieldAndKept() {
		Map<String, String> fields = card("");
		fields.put("card.comune", "999999");
		fields.remove("card.classification.serviceAreas");
		fields.put("card.service.beneficiaries", "-4");
		fields.put("card.contact.email", "non-una-mail");
		fields.put("card.sources[0].url", "javascript:alert(1)");
		fields.put("card.service.description", "Descrizione da non perdere");
		MvcTestResult result = save(fields);
		assertThat(result).hasStatus(422);
		assertThat(result).bodyText()
			.contains("Inserisca il titolo.", "Comune non trovato", "almeno un&#39;area di intervento",
					"non può essere negativo", "posta elettronica valido", "inizi con https://",
					"Descrizione da non perdere");
		assertThat(this.jdbc.sql("select count(*) from practice where title like 'Prova:%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void theComuneCanBeTypedByNameAndDecidesProvinceAndRegion() {
		Map<String, String> fields = card(TITLE);
		fields.put("card.comune", "Bastia Umbra");
		assertThat(save(fields)).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select comune_code from practice where title = ?")
			.param(TITLE)
			.query(String.class)
			.single()).isEqualTo("054002");
	}

	@Test
	void theStaffListShowsDraftsOrPublishedCardsOnRequest() {
		save(card(TITLE));
		var drafts = this.mvc.get()
			.uri("/admin/pratiche?stato=bozze")
			.with(user("redattrice").roles("EDITOR"))
			.exchange();
		long draftCount = this.jdbc.sql("select count(*) from practice where status <> 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(drafts).bodyText().contains(draftCount + " schede in bozza", TITLE);
		var published = this.mvc.get()
			.uri("/admin/pratiche?stato=pubblicate&q=volontari di quartiere")
			.with(user("redattrice").roles("EDITOR"))
			.exchange();
		assertThat(published).bodyText()
			.contains("0 schede pubblicate per «volontari di quartiere»")
			.doesNotContain(TITLE);
		assertThat(this.mvc.get()
			.uri("/admin/pratiche?stato=tutte-e-altre")
			.with(user("redattrice").roles("EDITOR"))
			.exchange()).hasStatusOk();
	}

	@Test
	void aNameSharedByTwoComuniAsksForTheProvinceAndAcceptsIt() {
		Map<String, String> fields = card(TITLE);
		fields.put("card.comune", "castro");
		MvcTestResult ambiguous = save(fields);
		assertThat(ambiguous).hasStatus(422);
		assertThat(ambiguous).bodyText()
			.contains("Più Comuni si chiamano così", "Castro (BG, codice 016065)", "Castro (LE, codice 075096)");
		fields.put("card.comune", "Castro (le)");
		assertThat(save(fields)).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select comune_code || ' ' || region_code from practice where title = ?")
			.param(TITLE)
			.query(String.class)
			.single()).isEqualTo("075096 16");
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
		assertThat(conflict).bodyText()
			.contains("modificata da un", "Prova: versione del secondo redattore",
					"Prova: versione della prima redattrice");
	}

	@Test
	void deletingOneCardNeedsTheConfirmationBox() {
		save(card(TITLE));
		long id = this.jdbc.sql("select id from practice where title = ?").param(TITLE).query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/admin/pratiche/{id}/elimina", id)
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.exchange()).hasStatus(422);
		assertThat(this.mvc.post()
			.uri("/admin/pratiche/{id}/elimina", id)
			.param("conferma", "si")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select count(*) from practice where id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	/**
	 * A card can start in a month or a year only, as its source says; an impossible date
	 * is refused on the page.
	 */
	@Test
	void startDatesKeepTheSourcePrecisionAndSourcesTheirKind() {
		Map<String, String> fields = card(TITLE + " mensile");
		fields.put("card.startDate", "2020-03");
		fields.put("card.startBasis", "FONTE");
		fields.put("card.sources[0].kind", "SEGNALAZIONE");
		assertThat(save(fields)).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("""
				select p.start_date || ' ' || p.start_precision || ' ' || p.start_basis || ' ' || s.kind
				from practice p join practice_source s on s.practice_id = p.id where p.title = ?""")
			.param(TITLE + " mensile")
			.query(String.class)
			.single()).isEqualTo("2020-03-01 MONTH FONTE SEGNALAZIONE");
		long id = this.jdbc.sql("select id from practice where title = ?")
			.param(TITLE + " mensile")
			.query(Long.class)
			.single();
		assertThat(this.mvc.get().uri("/admin/pratiche/{id}", id).with(user("redattrice").roles("EDITOR")).exchange())
			.bodyText()
			.contains("value=\"2020-03\"");
		assertThat(this.mvc.get()
			.uri("/admin/pratiche/{id}/anteprima", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange()).bodyText().contains("marzo 2020", "Data della fonte").doesNotContain("1 marzo 2020");

		for (String wrong : List.of("2020-02-30", "marzo 2020", "2099-01")) {
			Map<String, String> refused = card(TITLE + " errata");
			refused.put("card.startDate", wrong);
			MvcTestResult result = save(refused);
			assertThat(result).as(wrong).hasStatus(422);
			assertThat(result).bodyText()
				.containsAnyOf("scriva l&#39;anno (2020), il mese (2020-03)", "non può essere futura");
		}
		assertThat(this.jdbc.sql("select count(*) from practice where title = ?")
			.param(TITLE + " errata")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * The seed has no example cards any more, and neither has the back office: the old
	 * bulk delete is gone.
	 */
	@Test
	void thereIsNoExampleCardAction() {
		long cards = this.jdbc.sql("select count(*) from practice").query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/admin/pratiche/esempi")
			.param("conferma", "ELIMINA")
			.with(user("amministratrice").roles("ADMIN"))
			.with(csrf())
			.exchange()).hasStatus4xxClientError();
		assertThat(this.jdbc.sql("select count(*) from practice").query(Long.class).single()).isEqualTo(cards);
		assertThat(this.mvc.get().uri("/admin/pratiche").with(user("redattrice").roles("EDITOR")).exchange()).bodyText()
			.doesNotContain("esempio");
	}

	private static Map<String, String> card(String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", "0");
		fields.put("card.title", title);
		fields.put("provenance", "FONTE_PUBBLICA");
		fields.put("card.provider.type", "COMUNE");
		fields.put("card.provider.name", "Comune di Perugia");
		fields.put("card.comune", "054039");
		fields.put("card.classification.kind", "NUOVO");
		fields.put("card.classification.serviceAreas", "OS1");
		fields.put("card.classification.targetGroups", "FAM");
		fields.put("card.classification.interventions", "BUONI");
		fields.put("card.service.channels", "TELEFONO");
		fields.put("card.service.description",
				"Consegna della spesa a domicilio per le persone in isolamento, con i volontari di quartiere.");
		fields.put("card.service.partners", "Volontari della parrocchia");
		fields.put("card.service.technologies", "Non indicato");
		fields.put("card.startDate", "2020-03-16");
		fields.put("card.startBasis", "AVVIO");
		fields.put("card.service.beneficiaries", "120");
		fields.put("card.feedback.operators", "Non indicato");
		fields.put("card.feedback.citizens", "Non indicato");
		fields.put("card.feedback.innovation", "Rete di volontari coordinata dal servizio sociale");
		fields.put("card.continuation.answer", "SI");
		fields.put("card.continuation.note", "Prosegue per le persone fragili");
		fields.put("card.sources[0].title", "Relazione del servizio");
		fields.put("card.sources[0].url", "https://www.comune.perugia.it/");
		return fields;
	}

	private MvcTestResult save(Map<String, String> fields) {
		var request = this.mvc.post().uri("/admin/pratiche").with(user("redattrice").roles("EDITOR")).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

}
