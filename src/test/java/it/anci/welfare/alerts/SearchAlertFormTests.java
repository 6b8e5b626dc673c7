package it.anci.welfare.alerts;

import java.net.http.HttpResponse;
import java.util.Map;

import it.anci.welfare.support.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Avvisami" form: reached from the results, clear refusals with nothing typed lost,
 * robots and floods kept out.
 */
class SearchAlertFormTests extends AlertsTestSupport {

	@Test
	void theResultsLinkTheFormBelowTheListAndTheFormSaysWhichSearchIsFollowed() {
		Document results = Jsoup.parse(Http.get(this.port, "/pratiche?regione=umbria&utenza=ELD&pagina=2").body());
		assertThat(results.select("#results-list ~ p.exports a.alert-link-subscribe").eachAttr("href"))
			.containsExactly("/avvisi/nuovo?utenza=ELD&regione=umbria");

		Document form = Jsoup.parse(Http.get(this.port, "/avvisi/nuovo?utenza=ELD&regione=umbria").body());
		assertThat(form.select("h1").text()).isEqualTo("Avvisami");
		assertThat(form.select("#alert-summary").text()).isEqualTo("Umbria, Anziani");
		assertThat(form.select("form[action=/avvisi] input[type=hidden]").eachAttr("name")).contains("utenza",
				"regione", "_csrf");
		assertThat(form.select("input[name=frequenza][checked]").val()).isEqualTo("settimanale");
		assertThat(form.select("label[for=frequenza-giornaliera]").text())
			.isEqualTo("Ogni giorno, quando ci sono novità");
		assertThat(form.select("#privacy-help").text()).contains("solo il suo indirizzo e-mail e questa ricerca");
		assertThat(form.select("#privacy-help a").attr("href")).isEqualTo("/privacy");
		assertThat(Jsoup.parse(Http.get(this.port, "/avvisi/nuovo").body()).select("#alert-summary").text())
			.isEqualTo("Tutte le pratiche del catalogo");
		assertThat(Jsoup.parse(Http.get(this.port, "/privacy").body()).select("li").text())
			.contains("Avvisi per e-mail («Avvisami»)", "il suo indirizzo viene cancellato");
	}

	@Test
	void aBadAddressOrNoConsentIsRefusedWith422AndTheFormKeepsWhatWasTyped() {
		HttpResponse<String> bad = subscribe("regione=umbria&q=buoni",
				Map.of("email", "ufficio.comune.it", "frequenza", "giornaliera", "privacy", "true", "sito", ""));
		assertThat(bad.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(bad.body());
		assertThat(page.select("#email-error").text()).startsWith("L'indirizzo e-mail non sembra valido");
		assertThat(page.select("#email").val()).isEqualTo("ufficio.comune.it");
		assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("input[name=frequenza][checked]").val()).isEqualTo("giornaliera");
		assertThat(page.select("#privacy").hasAttr("checked")).isTrue();
		assertThat(page.select(".alert-danger").text()).contains("quanto ha scritto è stato conservato");
		assertThat(page.select("#alert-summary").text()).isEqualTo("«buoni», Umbria");
		assertThat(page.select("form[action=/avvisi] input[name=q]").val()).isEqualTo("buoni");

		HttpResponse<String> noConsent = subscribe("regione=umbria",
				Map.of("email", "ufficio@comune.it", "frequenza", "ogni-ora", "sito", ""));
		assertThat(noConsent.statusCode()).isEqualTo(422);
		Document refused = Jsoup.parse(noConsent.body());
		assertThat(refused.select("#privacy-error").text())
			.isEqualTo("Per attivare l'avviso occorre dichiarare di aver letto l'informativa privacy.");
		assertThat(refused.select("#frequenza-error").text()).startsWith("Scelga ogni quanto ricevere l'avviso");
		assertThat(refused.select("#email").val()).isEqualTo("ufficio@comune.it");
		assertThat(Jsoup
			.parse(subscribe("regione=umbria", Map.of("email", " ", "frequenza", "", "privacy", "true", "sito", ""))
				.body())
			.select("#email-error")
			.text()).isEqualTo("Indichi l'indirizzo e-mail a cui inviare gli avvisi.");
		assertThat(stored()).isZero();
		assertThat(outbox()).isZero();
	}

	@Test
	void aRobotThatFillsTheHiddenFieldIsToldWhatAPersonIsToldAndNothingIsKept() {
		HttpResponse<String> robot = subscribe("regione=umbria", Map.of("email", "robot@spam.example", "frequenza",
				"giornaliera", "privacy", "true", "sito", "https://spam.example"));
		assertThat(robot.statusCode()).isEqualTo(302);
		assertThat(robot.headers().firstValue("Location").orElseThrow()).endsWith("/avvisi/richiesta-inviata");
		assertThat(stored()).isZero();
		assertThat(outbox()).isZero();
	}

	@Test
	void afterThreeUnconfirmedRequestsInAnHourTheAddressIsRefusedWith429() {
		for (String region : new String[] { "umbria", "lazio", "toscana" }) {
			assertThat(subscribe("regione=" + region, "insistente@comune.example", "giornaliera").statusCode())
				.isEqualTo(302);
		}
		HttpResponse<String> fourth = subscribe("regione=marche", "Insistente@comune.example", "giornaliera");
		assertThat(fourth.statusCode()).isEqualTo(429);
		assertThat(fourth.headers().firstValue("Retry-After")).hasValue("3600");
		Document page = Jsoup.parse(fourth.body());
		assertThat(page.select("h1").text()).isEqualTo("Troppe richieste per questo indirizzo");
		assertThat(page.select("main a").attr("href")).isEqualTo("/pratiche?regione=marche");
		assertThat(stored()).isEqualTo(3);
		assertThat(outbox()).isEqualTo(3);
		// another address is not affected
		assertThat(subscribe("regione=marche", "altro@comune.example", "giornaliera").statusCode()).isEqualTo(302);
	}

	@Test
	void theFormNeedsItsCsrfTokenButTheOneClickUnsubscribeDoesNot() {
		HttpResponse<String> forged = Http.post(this.port, "/avvisi",
				Map.of("email", "vittima@comune.example", "frequenza", "giornaliera", "privacy", "true"));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(stored()).isZero();
		assertThat(Http
			.post(this.port, "/avvisi/disdici/00000000-0000-0000-0000-000000000000",
					Map.of("List-Unsubscribe", "One-Click"))
			.statusCode()).isEqualTo(200);
	}

	private long stored() {
		return this.jdbc.sql("select count(*) from search_alert").query(Long.class).single();
	}

	private long outbox() {
		return this.jdbc.sql("select count(*) from mail_message").query(Long.class).single();
	}

}
