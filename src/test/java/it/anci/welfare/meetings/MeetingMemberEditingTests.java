package it.anci.welfare.meetings;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Staff keep the members of a body: validation in Italian that keeps what was typed, no
 * duplicates, audit, CSRF.
 */
@PortalTest
class MeetingMemberEditingTests {

	static final String BODY = "Prova: Gruppo di lavoro Disabili";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheMembers() {
		this.jdbc.sql("delete from meeting_member where body_name like 'Prova:%'").update();
		this.jdbc.sql("delete from audit_event where target_type = 'membro' and target like 'Prova:%'").update();
	}

	@Test
	void anEditorAddsEditsAndRemovesAMemberAndEachChangeIsAudited() throws Exception {
		assertThat(save(member(null, "Maria Bianchi", "maria.bianchi@comune.foligno.example")))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/riunioni/organi/prova-gruppo-di-lavoro-disabili");
		Document body = page("/admin/riunioni/organi/prova-gruppo-di-lavoro-disabili");
		assertThat(body.select("h1").text()).isEqualTo(BODY);
		assertThat(body.select("tbody tr").text()).contains("Maria Bianchi", "maria.bianchi@comune.foligno.example",
				"Comune di Foligno", "Attivo");
		assertThat(page("/admin/riunioni/organi").select("tbody tr:contains(" + BODY + ") td").eachText())
			.containsExactly("1", "1");

		long id = this.jdbc.sql("select id from meeting_member where body_name = ?")
			.param(BODY)
			.query(Long.class)
			.single();
		Document form = page("/admin/riunioni/organi/membri/" + id);
		assertThat(form.select("#name").val()).isEqualTo("Maria Bianchi");
		Map<String, String> changed = member(id, "Maria Bianchi Rossi", "maria.bianchi@comune.foligno.example");
		changed.put("version", "0");
		changed.remove("active");
		assertThat(save(changed)).hasStatus3xxRedirection();
		assertThat(page("/admin/riunioni/organi/prova-gruppo-di-lavoro-disabili").select("tbody tr").text())
			.contains("Maria Bianchi Rossi", "Non attivo");
		// the same form sent again carries an outdated version: refused, what was typed
		// kept
		MvcTestResult stale = save(changed);
		assertThat(stale).hasStatus(409);
		assertThat(Jsoup.parse(stale.getResponse().getContentAsString()).select("#name").val())
			.isEqualTo("Maria Bianchi Rossi");

		MvcTestResult unconfirmed = this.mvc.post()
			.uri("/admin/riunioni/organi/membri/{id}/elimina", id)
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.exchange();
		assertThat(unconfirmed).hasStatus(422);
		assertThat(unconfirmed.getResponse().getContentAsString()).contains("spunti la casella di conferma");
		assertThat(this.mvc.post()
			.uri("/admin/riunioni/organi/membri/{id}/elimina", id)
			.param("conferma", "si")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("select count(*) from meeting_member where body_name = ?")
			.param(BODY)
			.query(Long.class)
			.single()).isZero();
		assertThat(
				this.jdbc.sql("select action from audit_event where target_type = 'membro' and target = ? order by id")
					.param(BODY)
					.query(String.class)
					.list())
			.containsExactly("MEMBRO_AGGIUNTO", "MEMBRO_MODIFICATO", "MEMBRO_RIMOSSO");
		assertThat(this.mvc.get()
			.uri("/admin/riunioni/organi/membri/{id}", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange()).hasStatus(404);
	}

	@Test
	void badInputGetsItalianMessagesNextToTheFieldsAndNothingTypedIsLost() throws Exception {
		MvcTestResult result = save(member(null, "", "non-un-indirizzo"));
		assertThat(result).hasStatus(422);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#name-error").text()).isEqualTo("Inserisca nome e cognome.");
		assertThat(page.select("#email-error").text()).contains("Indichi un indirizzo e-mail valido");
		assertThat(page.select("#email").val()).isEqualTo("non-un-indirizzo");
		assertThat(page.select("#affiliation").val()).isEqualTo("Comune di Foligno");
		assertThat(page.select("#bodyName").val()).isEqualTo(BODY);

		assertThat(save(member(null, "Luca Verdi", "luca.verdi@example.it"))).hasStatus3xxRedirection();
		MvcTestResult duplicate = save(member(null, "Luca Verdi", "LUCA.VERDI@example.it"));
		assertThat(duplicate).hasStatus(422);
		assertThat(Jsoup.parse(duplicate.getResponse().getContentAsString()).select("#email-error").text())
			.isEqualTo("Questo indirizzo è già tra i membri di «" + BODY + "».");
		assertThat(this.jdbc.sql("select count(*) from meeting_member where body_name = ?")
			.param(BODY)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void membersAreForStaffOnlyAndChangesNeedTheCsrfToken() {
		assertThat(this.mvc.get().uri("/admin/riunioni/organi").exchange()).hasStatus3xxRedirection();
		var request = this.mvc.post().uri("/admin/riunioni/organi/membri").with(user("redattrice").roles("EDITOR"));
		member(null, "Senza gettone", "gettone@example.it").forEach(request::param);
		assertThat(request.exchange()).hasStatus(403);
		assertThat(this.mvc.get()
			.uri("/admin/riunioni/organi/organo-che-non-esiste")
			.with(user("redattrice").roles("EDITOR"))
			.exchange()).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/admin/riunioni/organi/nuovo-membro")
			.param("organo", BODY)
			.with(user("redattrice").roles("EDITOR"))
			.exchange()).bodyText().contains("Nuovo membro", BODY);
	}

	private Document page(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).with(user("redattrice").roles("EDITOR")).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private MvcTestResult save(Map<String, String> fields) {
		var request = this.mvc.post()
			.uri("/admin/riunioni/organi/membri")
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	private static Map<String, String> member(Long id, String name, String email) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (id != null) {
			fields.put("id", String.valueOf(id));
		}
		fields.put("version", "0");
		fields.put("bodyName", BODY);
		fields.put("name", name);
		fields.put("email", email);
		fields.put("affiliation", "Comune di Foligno");
		fields.put("_active", "on");
		fields.put("active", "true");
		return fields;
	}

}
