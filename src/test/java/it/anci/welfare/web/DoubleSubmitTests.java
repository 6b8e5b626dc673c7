package it.anci.welfare.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import it.anci.welfare.accounts.AccountService;
import it.anci.welfare.accounts.Role;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a double click on "Salva" (5 parallel identical POSTs of a new news item)
 * gave three 500s. Every create form carries a one-time token: one item, no 5xx, every
 * request lands on the saved item.
 */
@PortalTest
class DoubleSubmitTests {

	static final String TITLE = "Prova doppio invio: una sola notizia";

	static final String PASSWORD = "Doppio-invio-2026!";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from news where title = ?").param(TITLE).update();
	}

	@Test
	void fiveParallelIdenticalCreatesMakeOneItemAndNoError() throws Exception {
		if (this.accounts.account("redattrice.doppio").isEmpty()) {
			this.accounts.create("redattrice.doppio", "Redattrice", Role.EDITOR, PASSWORD, "test");
		}
		this.jdbc.sql("delete from login_failure").update();
		HttpSession editor = new HttpSession().login(this.port, "redattrice.doppio", PASSWORD);
		Map<String, String> form = new LinkedHashMap<>(editor.hiddenFields(this.port, "/admin/notizie/nuova"));
		assertThat(form.get("submissionToken")).matches("[0-9a-f-]{36}");
		form.putAll(Map.of("type", "NOTIZIA", "title", TITLE, "summary", "Sommario", "body", "Testo della notizia.",
				"publishedAt", "2020-06-01T10:00", "azione", "salva"));

		ExecutorService clicks = Executors.newFixedThreadPool(5);
		List<Future<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Callable<HttpResponse<String>> click = () -> editor.post(this.port, "/admin/notizie", form);
			responses.add(clicks.submit(click));
		}
		List<String> locations = new ArrayList<>();
		for (Future<HttpResponse<String>> response : responses) {
			assertThat(response.get().statusCode()).isEqualTo(302);
			locations.add(response.get().headers().firstValue("Location").orElseThrow());
		}
		clicks.shutdown();
		assertThat(this.jdbc.sql("select count(*) from news where title = ?").param(TITLE).query(Long.class).single())
			.isEqualTo(1);
		assertThat(locations).containsOnly(locations.get(0));

		// the same form sent again later (back button, resend) still lands on that item,
		// creating nothing
		assertThat(editor.post(this.port, "/admin/notizie", form).headers().firstValue("Location"))
			.contains(locations.get(0));
		assertThat(this.jdbc.sql("select count(*) from news where title = ?").param(TITLE).query(Long.class).single())
			.isEqualTo(1);
	}

}
