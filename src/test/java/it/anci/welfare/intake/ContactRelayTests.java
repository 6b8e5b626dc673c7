package it.anci.welfare.intake;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import it.anci.welfare.mail.MailWorker;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.MailServer;
import it.anci.welfare.support.PortalTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Contatta chi l'ha realizzata" over real HTTP and SMTP: relayed to the office, never
 * showing its address.
 */
@PortalTest
class ContactRelayTests {

	static final String OFFICE = "servizi.sociali@comune.prova.example";

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.extension();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		MailServer.register(smtp, registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailWorker worker;

	final HttpSession visitor = new HttpSession();

	String slug;

	String previousEmail;

	@BeforeEach
	void aCardWithAnOfficeAddress() {
		var card = this.jdbc
			.sql("select slug, contact_email from practice where status = 'PUBLISHED' order by id limit 1")
			.query()
			.singleRow();
		this.slug = (String) card.get("slug");
		this.previousEmail = (String) card.get("contact_email");
		this.jdbc.sql("update practice set contact_email = ? where slug = ?").params(OFFICE, this.slug).update();
	}

	@AfterEach
	void restore() throws Exception {
		this.jdbc.sql("update practice set contact_email = ? where slug = ?")
			.params(this.previousEmail, this.slug)
			.update();
		this.jdbc.sql("delete from rate_limit_bucket").update();
		this.jdbc.sql("delete from mail_message").update();
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void aMessageReachesTheOfficeWithACopyToTheSenderAndTheAddressIsNeverShown() throws Exception {
		String page = "/pratiche/" + this.slug + "/contatta";
		HttpResponse<String> form = this.visitor.get(this.port, page);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).doesNotContain(OFFICE);
		assertThat(form.headers().firstValue("Cache-Control")).contains("no-store");

		HttpResponse<String> sent = send(page, fields("Come avete organizzato i volontari?"));
		assertThat(sent.statusCode()).isEqualTo(302);
		HttpResponse<String> done = this.visitor.get(this.port,
				sent.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""));
		assertThat(Jsoup.parse(done.body()).select("h1").text()).isEqualTo("Messaggio inviato");
		assertThat(done.body()).contains("anna.bianchi@comune.spoleto.example").doesNotContain(OFFICE);

		List<MimeMessage> messages = delivered();
		assertThat(messages).hasSize(2);
		MimeMessage relayed = messages.stream()
			.filter(m -> MailServer.recipient(m).equals(OFFICE))
			.findFirst()
			.orElseThrow();
		assertThat(relayed.getHeader("Reply-To")[0]).isEqualTo("anna.bianchi@comune.spoleto.example");
		assertThat(relayed.getSubject()).startsWith("Messaggio dal Portale Welfare sulla pratica");
		assertThat(MailServer.part(relayed, "text/plain")).contains("Come avete organizzato i volontari?",
				"Anna Bianchi (Servizi sociali del Comune di Spoleto)", "/pratiche/" + this.slug);
		MimeMessage copy = messages.stream()
			.filter(m -> MailServer.recipient(m).equals("anna.bianchi@comune.spoleto.example"))
			.findFirst()
			.orElseThrow();
		assertThat(MailServer.part(copy, "text/plain"))
			.contains("Come avete organizzato i volontari?", "all'ufficio indicato nella scheda")
			.doesNotContain(OFFICE);
	}

	@Test
	void invalidInputIsKeptRobotsAreIgnoredAndTooManyMessagesWait() throws Exception {
		String page = "/pratiche/" + this.slug + "/contatta";
		Map<String, String> invalid = fields(" ");
		invalid.put("privacy", "false");
		HttpResponse<String> refused = send(page, invalid);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(refused.body()).select(".alert-danger li").eachText()).contains("Scriva il messaggio.",
				"Per inviare il messaggio legga l'informativa sulla privacy e spunti la casella.");
		assertThat(Jsoup.parse(refused.body()).select("#name").val()).isEqualTo("Anna Bianchi");

		Map<String, String> robot = fields("Offerta imperdibile");
		robot.put("sito", "https://spam.example");
		assertThat(send(page, robot).statusCode()).isEqualTo(302);
		assertThat(delivered()).isEmpty();

		for (int i = 0; i < ContactRelay.PER_EMAIL_PER_HOUR; i++) {
			assertThat(send(page, fields("Domanda " + i)).statusCode()).isEqualTo(302);
		}
		HttpResponse<String> tooMany = send(page, fields("Una domanda in più"));
		assertThat(tooMany.statusCode()).isEqualTo(429);
		assertThat(Jsoup.parse(tooMany.body()).select("#text").text()).isEqualTo("Una domanda in più");
	}

	@Test
	void aCardWithoutAnyAddressSaysSoAndSendsNothing() {
		this.jdbc.sql("update practice set contact_email = null where slug = ?").param(this.slug).update();
		String page = "/pratiche/" + this.slug + "/contatta";
		assertThat(Jsoup.parse(this.visitor.get(this.port, page).body()).select("main").text())
			.contains("non è indicato un recapito");
		// a hand-made post (the page has no form): the token of another form of the same
		// session
		Map<String, String> all = new LinkedHashMap<>(this.visitor.hiddenFields(this.port, "/pratiche/proponi"));
		all.putAll(fields("Domanda"));
		assertThat(this.visitor.post(this.port, page, all).statusCode()).isEqualTo(404);
		assertThat(delivered()).isEmpty();
	}

	private HttpResponse<String> send(String page, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(this.visitor.hiddenFields(this.port, page));
		all.putAll(fields);
		return this.visitor.post(this.port, page, all);
	}

	private List<MimeMessage> delivered() {
		this.worker.sendDue();
		return List.of(smtp.getReceivedMessages());
	}

	private static Map<String, String> fields(String text) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Anna Bianchi");
		fields.put("email", "Anna.Bianchi@Comune.Spoleto.example");
		fields.put("organisation", "Servizi sociali del Comune di Spoleto");
		fields.put("text", text);
		fields.put("privacy", "true");
		fields.put("sito", "");
		return fields;
	}

}
