package it.anci.welfare.catalogue;

import it.anci.welfare.catalogue.taxonomy.TaxonomyService;
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
 * Administrators curate the managed lists; the public filters follow at once; codes never
 * change.
 */
@PortalTest
class TaxonomyEditingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaxonomyService taxonomy;

	@LocalServerPort
	int port;

	/** Other test classes count the seeded lists: leave them as they were. */
	@AfterEach
	void restore() {
		this.jdbc.sql("delete from target_group where name like 'Prova%'").update();
		this.jdbc.sql("delete from service_area where name like 'Prova%'").update();
		this.jdbc.sql("update target_group set name = 'Famiglia e minori' where code = 'FAM'").update();
		this.taxonomy.reload();
	}

	@Test
	void aNewTermGetsAStableCodeAndAppearsAmongThePublicFilters() {
		MvcTestResult added = post("/admin/tassonomie/destinatari", "nome", "Prova: caregiver familiari");
		assertThat(added).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select code from target_group where name = 'Prova: caregiver familiari'")
			.query(String.class)
			.single()).isEqualTo("PROVA_CAREGIVER_FAMILIARI");
		assertThat(this.taxonomy.taxonomy().targetGroups()).extracting(TaxonomyTerm::code)
			.contains("PROVA_CAREGIVER_FAMILIARI");
		assertThat(this.mvc.get().uri("/admin/tassonomie/destinatari").with(user("admin").roles("ADMIN")).exchange())
			.bodyText()
			.contains("PROVA_CAREGIVER_FAMILIARI");
		assertThat(post("/admin/tassonomie/destinatari", "nome", "prova: CAREGIVER familiari")).hasStatus(409)
			.bodyText()
			.contains("Esiste già la voce");
		assertThat(post("/admin/tassonomie/destinatari", "nome", "   ")).hasStatus(422)
			.bodyText()
			.contains("Scriva il nome");

		assertThat(post("/admin/tassonomie/aree", "nome", "Prova: sportello digitale", "macro", "ML1"))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select parent_code from service_area where name = 'Prova: sportello digitale'")
			.query(String.class)
			.single()).isEqualTo("ML1");
	}

	@Test
	void renamingKeepsTheCodeAndChangesThePublicLabel() {
		assertThat(post("/admin/tassonomie/destinatari/FAM/nome", "nome", "Famiglie con minori"))
			.hasStatus3xxRedirection();
		assertThat(Http.get(this.port, "/pratiche").body()).contains("Famiglie con minori");
		assertThat(Http.get(this.port, "/pratiche?utenza=FAM").statusCode()).isEqualTo(200);
		assertThat(this.jdbc
			.sql("select details from audit_event where action = 'VOCE_RINOMINATA' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("«Famiglia e minori» → «Famiglie con minori»");
	}

	@Test
	void aRefusedRenameKeepsWhatWasTypedInItsRow() throws Exception {
		String taken = this.jdbc.sql("select name from target_group where code = 'ELD'").query(String.class).single();
		MvcTestResult refused = post("/admin/tassonomie/destinatari/FAM/nome", "nome", taken.toUpperCase());
		assertThat(refused).hasStatus(409);
		assertThat(refused).bodyText().contains("Esiste già la voce");
		assertThat(refused.getResponse().getContentAsString())
			.containsPattern("id=\"nome-FAM\" value=\"" + java.util.regex.Pattern.quote(taken.toUpperCase()) + "\"");
		assertThat(this.jdbc.sql("select name from target_group where code = 'FAM'").query(String.class).single())
			.isEqualTo("Famiglia e minori");
	}

	@Test
	void aTermInUseCannotBeDeletedAnUnusedOneCan() {
		long uses = this.jdbc.sql("select count(*) from practice where 'FAM' = any(target_groups)")
			.query(Long.class)
			.single();
		MvcTestResult refused = post("/admin/tassonomie/destinatari/FAM/elimina");
		assertThat(refused).hasStatus(409);
		assertThat(refused).bodyText().contains("è usata da " + uses + " schede");
		assertThat(this.jdbc.sql("select count(*) from target_group where code = 'FAM'").query(Long.class).single())
			.isOne();

		post("/admin/tassonomie/destinatari", "nome", "Prova: voce da eliminare");
		assertThat(post("/admin/tassonomie/destinatari/PROVA_VOCE_DA_ELIMINARE/elimina")).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select count(*) from target_group where code = 'PROVA_VOCE_DA_ELIMINARE'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theThreeClassificationsCanOnlyBeRenamed() {
		assertThat(post("/admin/tassonomie/classificazione", "nome", "Prova: quarta classificazione")).hasStatus(409);
		assertThat(post("/admin/tassonomie/classificazione/NUOVO/elimina")).hasStatus(409);
		assertThat(this.jdbc.sql("select count(*) from classification").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void termsMoveUpAndDown() {
		String first = this.taxonomy.taxonomy().targetGroups().get(0).code();
		String second = this.taxonomy.taxonomy().targetGroups().get(1).code();
		post("/admin/tassonomie/destinatari/" + second + "/sposta", "verso", "su");
		assertThat(this.taxonomy.taxonomy().targetGroups()).extracting(TaxonomyTerm::code).startsWith(second, first);
		post("/admin/tassonomie/destinatari/" + second + "/sposta", "verso", "giu");
		assertThat(this.taxonomy.taxonomy().targetGroups()).extracting(TaxonomyTerm::code).startsWith(first, second);
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'VOCE_SPOSTATA' and target = ?")
			.param(second)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(post("/admin/tassonomie/destinatari/" + second + "/sposta", "verso", "di lato")).hasStatus(400);
	}

	@Test
	void editorsAreRefused() {
		assertThat(this.mvc.get().uri("/admin/tassonomie").with(user("redattrice").roles("EDITOR")).exchange())
			.hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/admin/tassonomie/destinatari")
			.param("nome", "Prova: intrusa")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.exchange()).hasStatus(403);
	}

	private MvcTestResult post(String path, String... parameters) {
		var request = this.mvc.post().uri(path).with(user("amministratrice").roles("ADMIN")).with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return request.exchange();
	}

}
