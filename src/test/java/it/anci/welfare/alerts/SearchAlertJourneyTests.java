package it.anci.welfare.alerts;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import it.anci.welfare.support.Http;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Avvisami end to end over real HTTP and SMTP: subscribe, confirm, a digest with the new
 * card, one-click unsubscribe.
 */
class SearchAlertJourneyTests extends AlertsTestSupport {

	@Test
	void subscribeConfirmReceiveTheDigestOfTheSearchAndUnsubscribeInOneClick() throws Exception {
		HttpResponse<String> sent = subscribe("regione=umbria", " Ufficio.Piano@Comune.Example ", "giornaliera");
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/avvisi/richiesta-inviata");
		assertThat(Jsoup.parse(this.visitor.get(this.port, "/avvisi/richiesta-inviata").body()).select("main").text())
			.contains("Abbiamo scritto a ufficio.piano@comune.example", "entro 48 ore");

		MimeMessage request = delivered().get(0);
		assertThat(request.getAllRecipients()[0].toString()).isEqualTo("ufficio.piano@comune.example");
		assertThat(request.getSubject()).isEqualTo("Confermi l'avviso sulle pratiche: Umbria");
		assertOneClickHeaders(request);
		String confirm = link(part(request, "text/plain"), "/avvisi/conferma/");
		assertThat(Jsoup.parse(part(request, "text/html")).select("a[href$=" + confirm + "]").text())
			.isEqualTo("Confermi l'avviso");
		smtp.purgeEmailFromAllMailboxes();

		// nothing is sent before the confirmation
		assertThat(this.digests.sendDigests(Instant.now().plus(Duration.ofDays(2)))).isZero();
		Document confirmPage = Jsoup.parse(this.visitor.get(this.port, confirm).body());
		assertThat(confirmPage.select("main").text()).contains("ogni giorno", "Umbria");
		HttpResponse<String> confirmed = this.visitor.postForm(this.port, confirm, confirm, Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(confirmed.body()).select("h1").text()).isEqualTo("Avviso attivato");

		Instant after = Instant.now().plusSeconds(1);
		card("10", "nuova", after, after);
		card("10", "aggiornata", after.minus(Duration.ofDays(30)), after);
		card("03", "lombardia", after, after);
		assertThat(this.digests.sendDigests(Instant.now().plus(Duration.ofDays(1)))).isEqualTo(1);
		MimeMessage digest = delivered().get(0);
		assertThat(digest.getSubject()).isEqualTo("2 pratiche nuove o aggiornate: Umbria");
		assertOneClickHeaders(digest);
		String text = part(digest, "text/plain");
		assertThat(text)
			.contains("Prova avviso nuova (nuova)", "Prova avviso aggiornata (aggiornata)",
					"http://localhost:8080/pratiche/prova-avviso-nuova",
					"http://localhost:8080/pratiche?regione=umbria", "/avvisi/gestisci/", "(Umbria)")
			.doesNotContain("lombardia");
		Document html = Jsoup.parse(part(digest, "text/html"));
		assertThat(html.select("li a").eachText()).containsExactlyInAnyOrder("Prova avviso nuova",
				"Prova avviso aggiornata");
		assertThat(html.select("a[href^=http://localhost:8080/avvisi/gestisci/]")).hasSize(1);

		// RFC 8058: the mail client posts to the header's address, with no cookie and no
		// token
		String unsubscribe = digest.getHeader("List-Unsubscribe")[0].replaceAll("^<http://localhost:\\d+|>$", "");
		HttpResponse<String> oneClick = Http.post(this.port, unsubscribe, Map.of("List-Unsubscribe", "One-Click"));
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(oneClick.body()).select("main").text()).contains("Avviso disdetto",
				"il suo indirizzo e-mail è stato cancellato");
		assertThat(count("search_alert")).isZero();
		assertThat(count("alert_recipient")).isZero();
		card("10", "dopo", Instant.now().plusSeconds(2), Instant.now().plusSeconds(2));
		assertThat(this.digests.sendDigests(Instant.now().plus(Duration.ofDays(3)))).isZero();
		// a second click finds nothing to cancel and says so
		assertThat(Http.post(this.port, unsubscribe, Map.of("List-Unsubscribe", "One-Click")).body())
			.contains("Questo avviso non è più attivo");
	}

	@Test
	void aUsedOrUnknownLinkIsNotFoundAndAnExpiredOneIsGoneWithItsAddress() throws Exception {
		subscribe("utenza=ELD", "anziani@comune.example", "settimanale");
		String confirm = link(part(delivered().get(0), "text/plain"), "/avvisi/conferma/");
		assertThat(this.visitor.postForm(this.port, confirm, confirm, Map.of()).statusCode()).isEqualTo(200);
		HttpResponse<String> reused = this.visitor.get(this.port, confirm);
		assertThat(reused.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(reused.body()).select("h1").text()).isEqualTo("Link non valido");
		assertThat(this.visitor.postForm(this.port, "/avvisi/nuovo", confirm, Map.of()).statusCode()).isEqualTo(404);
		assertThat(this.visitor.get(this.port, "/avvisi/conferma/non-un-token").statusCode()).isEqualTo(404);
		assertThat(this.visitor.get(this.port, "/avvisi/gestisci/non-un-token").statusCode()).isEqualTo(404);
		assertThat(this.visitor.get(this.port, "/avvisi/disdici/non-un-token").body())
			.contains("Questo avviso non è più attivo");

		smtp.purgeEmailFromAllMailboxes();
		subscribe("tipo=NUOVO", "ritardo@comune.example", "giornaliera");
		String late = link(part(delivered().get(0), "text/plain"), "/avvisi/conferma/");
		this.jdbc.sql("update search_alert set confirm_by = now() - interval '1 minute' where confirmed_at is null")
			.update();
		HttpResponse<String> expired = this.visitor.get(this.port, late);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(Jsoup.parse(expired.body()).select("h1").text()).isEqualTo("Il link di conferma è scaduto");
		assertThat(this.visitor.postForm(this.port, "/avvisi/nuovo", late, Map.of()).statusCode()).isEqualTo(410);
		assertThat(this.jdbc.sql("select count(*) from alert_recipient where email = 'ritardo@comune.example'")
			.query(Long.class)
			.single()).isZero();
		assertThat(count("search_alert")).isEqualTo(1);
	}

	@Test
	void thePrivatePageListsAndCancelsEveryAlertOfTheAddress() throws Exception {
		subscribe("regione=umbria", "redazione@comune.example", "settimanale");
		subscribe("q=buoni+spesa&utenza=ELD", "redazione@comune.example", "giornaliera");
		List<MimeMessage> requests = delivered();
		assertThat(subjects(requests)).containsExactlyInAnyOrder("Confermi l'avviso sulle pratiche: Umbria",
				"Confermi l'avviso sulle pratiche: «buoni spesa», Anziani");
		String first = link(part(requests.get(0), "text/plain"), "/avvisi/conferma/");
		this.visitor.postForm(this.port, first, first, Map.of());
		String manage = link(part(requests.get(1), "text/plain"), "/avvisi/gestisci/");
		assertThat(link(part(requests.get(0), "text/plain"), "/avvisi/gestisci/")).isEqualTo(manage);

		HttpResponse<String> page = this.visitor.get(this.port, manage);
		assertThat(page.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
		assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		Document list = Jsoup.parse(page.body());
		assertThat(list.select("main").text()).contains("redazione@comune.example");
		assertThat(list.select("#valutazione")).as("no rating box keeps the private link").isEmpty();
		assertThat(list.select("#alerts li").eachText()).hasSize(2)
			.anySatisfy(item -> assertThat(item).contains("Umbria", "Attivo, ogni settimana"))
			.anySatisfy(item -> assertThat(item).contains("«buoni spesa», Anziani", "In attesa di conferma"));
		String one = list.select("#alerts form").first().attr("action");
		assertThat(Jsoup.parse(this.visitor.post(this.port, one, Map.of()).body()).select("main a").eachAttr("href"))
			.contains(manage);
		assertThat(Jsoup.parse(this.visitor.get(this.port, manage).body()).select("#alerts li")).hasSize(1);

		HttpResponse<String> all = this.visitor.postForm(this.port, manage, manage + "/disdici-tutti", Map.of());
		assertThat(Jsoup.parse(all.body()).select("main").text())
			.contains("il suo indirizzo e-mail è stato cancellato");
		assertThat(count("alert_recipient")).isZero();
		assertThat(count("search_alert")).isZero();
		assertThat(this.visitor.get(this.port, manage).statusCode()).isEqualTo(404);
		assertThat(this.visitor.postForm(this.port, "/avvisi/nuovo", manage + "/disdici-tutti", Map.of()).statusCode())
			.isEqualTo(404);
	}

	private static void assertOneClickHeaders(MimeMessage message) throws Exception {
		assertThat(message.getHeader("List-Unsubscribe")).singleElement()
			.asString()
			.matches("<http://localhost:8080/avvisi/disdici/[0-9a-f-]{36}>");
		assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
