package it.anci.welfare.accounts;

import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The audit log as administrators search it: by who, operation, kind of object and text,
 * fifty at a time.
 */
@PortalTest
class AuditLogTests {

	static final String ACTOR = "prova.registro";

	@Autowired
	AuditLog audit;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheEvents() {
		this.jdbc.sql("delete from audit_event where actor = ?").param(ACTOR).update();
	}

	@Test
	void filtersCombineAndTheOperationsReadInItalian() {
		this.audit.record(ACTOR, "PUBBLICATO", "notizia", "bando-100%-digitale", "Bando 100% digitale");
		this.audit.record(ACTOR, "ELIMINATO", "notizia", "vecchia-notizia", null);
		this.audit.record(ACTOR, "ELIMINATO", "riunione", "consulta-2019", null);

		MvcTestResult deletedNews = get("/admin/registro?chi=" + ACTOR + "&operazione=ELIMINATO&oggetto=notizia");
		assertThat(deletedNews).hasStatusOk();
		assertThat(deletedNews).bodyText()
			.contains("1 operazione,", "vecchia-notizia", "Eliminato")
			.doesNotContain("consulta-2019", "bando-100%-digitale");
		// a % typed by the user is a character, not a wildcard
		assertThat(get("/admin/registro?chi={chi}&testo={testo}", ACTOR, "100%")).bodyText()
			.contains("1 operazione,", "Creato e pubblicato", "Bando 100% digitale");
		assertThat(get("/admin/registro?chi={chi}&testo={testo}", ACTOR, "0%d")).bodyText().contains("0 operazioni");
		assertThat(get("/admin/registro?chi=nessuno.mai")).bodyText().contains("0 operazioni");
	}

	@Test
	void fiftyEventsAPageNewestFirstAndAPageTooFarShowsTheLast() {
		for (int i = 1; i <= 55; i++) {
			this.audit.record(ACTOR, "MODIFICATO_BOZZA", "notizia", "evento-" + i, null);
			this.jdbc.sql("update audit_event set occurred_at = now() + make_interval(secs => ?) where target = ?")
				.params(i, "evento-" + i)
				.update();
		}
		String first = body(get("/admin/registro?chi=" + ACTOR));
		assertThat(first).contains("55 operazioni, pagina 1 di 2", "Modificato (bozza)", "Pagina successiva")
			.doesNotContain(">notizia evento-5<");
		assertThat(first.indexOf(">notizia evento-55<")).isLessThan(first.indexOf(">notizia evento-54<"));
		String last = body(get("/admin/registro?chi=" + ACTOR + "&pagina=99"));
		assertThat(last).contains("pagina 2 di 2", ">notizia evento-1<", "Pagina precedente")
			.doesNotContain(">notizia evento-55<");
		assertThat(get("/admin/registro?pagina=abc")).hasStatusOk();
	}

	private MvcTestResult get(String path, Object... variables) {
		return this.mvc.get().uri(path, variables).with(user("amministratrice").roles("ADMIN")).exchange();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
