package it.anci.welfare.intake;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import it.anci.welfare.mail.MailWorker;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.MailServer;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.SampleFiles;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A municipality proposes a practice over real HTTP and SMTP: the form, the confirmation
 * link, the receipt with the private link, the editors' request for changes, the
 * submitter's edit, the publication with its provenance line.
 */
@PortalTest
class ProposalJourneyTests {

	static final String TITLE = "Prova proposta: orti sociali per gli anziani soli";

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

	@Autowired
	Proposals proposals;

	@Autowired
	MockMvcTester mvc;

	final HttpSession submitter = new HttpSession();

	/**
	 * Before too: another test class may have left messages in the outbox of the shared
	 * database, which this class's mail server would then receive.
	 */
	@BeforeEach
	void startClean() throws Exception {
		cleanUp();
	}

	@AfterEach
	void cleanUp() throws Exception {
		this.jdbc.sql("delete from attachment where owner_type = 'PROPOSAL'").update();
		this.jdbc.sql("delete from proposal").update();
		this.jdbc.sql("delete from rate_limit_bucket").update();
		this.jdbc.sql("delete from practice where title like 'Prova proposta:%'").update();
		this.jdbc.sql("delete from mail_message").update();
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void proposeConfirmRevisePublish() throws Exception {
		// «L'abbiamo replicata», from the card of the practice the municipality took up
		String original = this.jdbc.sql("select slug from practice where status = 'PUBLISHED' order by id limit 1")
			.query(String.class)
			.single();
		Document originalBefore = Jsoup.parse(Http.get(this.port, "/pratiche/" + original).body());
		String fromCard = originalBefore.select("#repliche a[href^=/pratiche/proponi]").attr("href");
		assertThat(fromCard).as(() -> originalBefore.select("main").html())
			.isEqualTo("/pratiche/proponi?replica=" + original);
		assertThat(Jsoup.parse(this.submitter.get(this.port, fromCard).body()).select("#replica a").attr("href"))
			.isEqualTo("/pratiche/" + original);
		Map<String, String> all = new LinkedHashMap<>(this.submitter.hiddenFields(this.port, fromCard));
		assertThat(all).containsEntry("replica", original);
		all.putAll(fields(TITLE));
		HttpResponse<String> sent = this.submitter.post(this.port, "/pratiche/proponi", all);
		assertThat(sent.statusCode()).as(() -> Jsoup.parse(sent.body()).select("main").text()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/pratiche/proponi/inviata");
		assertThat(Jsoup.parse(this.submitter.get(this.port, "/pratiche/proponi/inviata").body()).select("main").text())
			.contains("Abbiamo scritto a ufficio.sociale@comune.assisi.example", "entro 48 ore");
		assertThat(state()).isEqualTo("DA_CONFERMARE");
		// not in the editors' queue before the address is confirmed
		assertThat(staff("/admin/pratiche/proposte")).bodyText().doesNotContain(TITLE);

		MimeMessage confirmation = delivered().get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Confermi la proposta di pratica: " + TITLE);
		assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo("ufficio.sociale@comune.assisi.example");
		String confirm = MailServer.link(MailServer.part(confirmation, "text/plain"), "/proposte/conferma/");
		assertThat(Jsoup.parse(MailServer.part(confirmation, "text/html")).select("a[href$=" + confirm + "]").text())
			.isEqualTo("Confermi la proposta");
		smtp.purgeEmailFromAllMailboxes();

		assertThat(Jsoup.parse(this.submitter.get(this.port, confirm).body()).select("main button").text())
			.isEqualTo("Conferma e invia alla redazione");
		HttpResponse<String> confirmed = this.submitter.postForm(this.port, confirm, confirm, Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		String privatePage = confirmed.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		assertThat(privatePage).startsWith("/proposte/").endsWith("?confermata");
		assertThat(state()).isEqualTo("DA_MODERARE");
		assertThat(this.submitter.postForm(this.port, "/pratiche/proponi", confirm, Map.of()).statusCode())
			.as("a used link")
			.isEqualTo(404);
		MimeMessage receipt = delivered().get(0);
		assertThat(receipt.getSubject()).isEqualTo("Proposta ricevuta: " + TITLE);
		String status = MailServer.link(MailServer.part(receipt, "text/plain"), "/proposte/");
		assertThat(privatePage).startsWith(status);
		HttpResponse<String> statusResponse = this.submitter.get(this.port, status);
		// a private link stays out of search engines and of every cache
		assertThat(statusResponse.headers().firstValue("X-Robots-Tag")).contains("noindex");
		assertThat(statusResponse.headers().firstValue("Cache-Control")).contains("no-store");
		Document statusPage = Jsoup.parse(statusResponse.body());
		assertThat(statusPage.select("h1").text()).isEqualTo(TITLE);
		assertThat(statusPage.select("main .badge").text()).isEqualTo("Da moderare");
		smtp.purgeEmailFromAllMailboxes();

		long id = this.jdbc.sql("select id from proposal").query(Long.class).single();
		assertThat(Jsoup.parse(staff("/admin/pratiche/proposte").getResponse().getContentAsString())
			.select("table a")
			.eachText()).containsExactly(TITLE);
		Document queued = Jsoup.parse(staff("/admin/pratiche/proposte/" + id).getResponse().getContentAsString());
		assertThat(queued.select("#history li")).hasSize(2);
		assertThat(queued.select("main table th").eachText()).contains("Ente erogatore", "Descrizione", "Fonti");
		assertThat(queued.text()).contains("Ufficio servizi sociali", "assistente sociale");

		// a request for changes needs a message
		assertThat(decide(id, "rinvia", Map.of("messaggio", " "))).hasStatus(422);
		assertThat(decide(id, "rinvia", Map.of("messaggio", "Indichi il numero di orti assegnati.")))
			.hasStatus3xxRedirection();
		assertThat(state()).isEqualTo("DA_RIVEDERE");
		MimeMessage changes = delivered().get(0);
		assertThat(changes.getSubject()).isEqualTo("Modifiche richieste alla proposta: " + TITLE);
		String text = MailServer.part(changes, "text/plain");
		assertThat(text).contains("Indichi il numero di orti assegnati.");
		String edit = MailServer.link(text, "/proposte/");
		assertThat(edit).isEqualTo(status + "/modifica");
		smtp.purgeEmailFromAllMailboxes();

		Map<String, String> revised = new LinkedHashMap<>(this.submitter.hiddenFields(this.port, edit));
		assertThat(revised).containsEntry("submitter.email", "ufficio.sociale@comune.assisi.example");
		Document editPage = Jsoup.parse(this.submitter.get(this.port, edit).body());
		assertThat(editPage.select("[id='card.title']").val()).isEqualTo(TITLE);
		revised.putAll(fields(TITLE));
		revised.put("card.service.keyFigures", "40 orti assegnati");
		assertThat(this.submitter.post(this.port, edit, revised).statusCode()).isEqualTo(302);
		assertThat(state()).isEqualTo("DA_MODERARE");
		assertThat(delivered().get(0).getSubject()).isEqualTo("Proposta ricevuta: " + TITLE);
		smtp.purgeEmailFromAllMailboxes();

		assertThat(decide(id, "pubblica", Map.of())).hasStatus3xxRedirection();
		assertThat(state()).isEqualTo("PUBBLICATA");
		String slug = this.jdbc.sql("select p.slug from practice p join proposal q on q.practice_id = p.id")
			.query(String.class)
			.single();
		Document card = Jsoup.parse(Http.get(this.port, "/pratiche/" + slug).body());
		assertThat(card.select(".practice-verification").text())
			.startsWith("Proposta dal Comune di Assisi, verificata dalla redazione il ");
		assertThat(card.text()).contains("40 orti assegnati", "Proposta da un Comune");
		assertThat(card.select(".practice-replicates a").attr("href")).isEqualTo("/pratiche/" + original);
		Document originalCard = Jsoup.parse(Http.get(this.port, "/pratiche/" + original).body());
		assertThat(originalCard.select("#s-repliche").text()).isEqualTo("Replicata da 1 Comune");
		assertThat(originalCard.select("#repliche li a").attr("href")).isEqualTo("/pratiche/" + slug);
		MimeMessage published = delivered().get(0);
		assertThat(published.getSubject()).isEqualTo("Proposta pubblicata: " + TITLE);
		assertThat(MailServer.part(published, "text/plain")).contains(MailServer.PORTAL + "/pratiche/" + slug);

		// decided: a second decision is refused, the card stays as it is
		assertThat(decide(id, "respingi", Map.of("motivo", "Doppione"))).hasStatus(409);
		assertThat(state()).isEqualTo("PUBBLICATA");

		// a year later the municipality reports a follow-up from its private page; it
		// waits for the editors
		Map<String, String> followUp = new LinkedHashMap<>(this.submitter.hiddenFields(this.port, status));
		followUp.putAll(Map.of("day", "2021-06-01", "state", "ASSORBITA", "note",
				"Gli orti sono nel Piano di zona 2021.", "sourceTitle", "", "sourceUrl", ""));
		HttpResponse<String> reported = this.submitter.post(this.port, status + "/aggiornamenti", followUp);
		assertThat(reported.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(Http.get(this.port, "/pratiche/" + slug).body()).select("#aggiornamenti").text())
			.contains("Nessun aggiornamento")
			.doesNotContain("Piano di zona 2021");
		long update = this.jdbc.sql("select id from practice_update where approved_at is null")
			.query(Long.class)
			.single();
		long practice = this.jdbc.sql("select id from practice where slug = ?").param(slug).query(Long.class).single();
		assertThat(staff("/admin/pratiche/aggiornamenti")).bodyText().contains(TITLE);
		assertThat(this.mvc.post()
			.uri("/admin/pratiche/{p}/aggiornamenti/{u}/approva", practice, update)
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(Jsoup.parse(Http.get(this.port, "/pratiche/" + slug).body()).select("#aggiornamenti li").text())
			.contains("1 giugno 2021", "Assorbita nella programmazione ordinaria o nel Piano di zona",
					"Gli orti sono nel Piano di zona 2021.", "stato attuale");
	}

	@Test
	void invalidInputIsReportedAndKeptAndNothingIsStored() throws Exception {
		Map<String, String> fields = fields("");
		fields.put("card.comune", "Castro");
		fields.put("submitter.email", "non-una-mail");
		fields.put("privacy", "false");
		fields.put("card.service.description", "Descrizione da non perdere");
		HttpResponse<String> refused = propose(fields);
		assertThat(refused.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select(".alert-danger li").eachText()).contains("Inserisca il titolo.",
				"Per inviare la proposta legga l'informativa sulla privacy e spunti la casella.");
		assertThat(page.text()).contains("Più Comuni si chiamano così", "posta elettronica valido");
		assertThat(page.select("[id='card.service.description']").text()).isEqualTo("Descrizione da non perdere");
		assertThat(this.jdbc.sql("select count(*) from proposal").query(Long.class).single()).isZero();
	}

	@Test
	void aRobotFillingTheHiddenFieldIsToldWhatAPersonIsToldAndNothingIsStored() {
		Map<String, String> fields = fields(TITLE);
		fields.put("sito", "https://spam.example");
		assertThat(propose(fields).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from proposal").query(Long.class).single()).isZero();
		assertThat(delivered()).isEmpty();
	}

	/**
	 * Up to three documents go with a proposal, each checked as every upload is: the
	 * editors open them beside the card, the submitter sees them on the private page. A
	 * disguised or a fourth file gets the form back with everything typed and a request
	 * to choose the files again, and nothing is stored.
	 */
	@Test
	void documentsGoWithTheProposalAndAWrongOneGetsTheFormBack() throws Exception {
		MvcTestResult disguised = proposeWith(
				new MockMultipartFile("documenti", "delibera.pdf", "application/pdf", SampleFiles.html()));
		assertThat(disguised).hasStatus(422);
		Document refused = Jsoup.parse(disguised.getResponse().getContentAsString());
		assertThat(refused.select("#documenti-error").text()).contains("Documento non accettato", "delibera");
		assertThat(refused.select("#documents-lost").text()).contains("li scelga di nuovo");
		assertThat(refused.select("[id='card.title']").val()).isEqualTo(TITLE);
		MockMultipartFile pdf = new MockMultipartFile("documenti", "delibera.pdf", "application/pdf",
				SampleFiles.pdf());
		assertThat(proposeWith(pdf, pdf, pdf, pdf)).hasStatus(422)
			.bodyText()
			.contains("Può allegare al massimo 3 documenti: ne ha scelti 4.");
		assertThat(this.jdbc.sql("select count(*) from proposal").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from attachment where owner_type = 'PROPOSAL'")
			.query(Long.class)
			.single()).isZero();

		assertThat(proposeWith(pdf,
				new MockMultipartFile("documenti", "volantino.odt", "application/octet-stream", SampleFiles.odt())))
			.hasStatus3xxRedirection();
		long id = this.jdbc.sql("select id from proposal").query(Long.class).single();
		Document editors = Jsoup.parse(staff("/admin/pratiche/proposte/" + id).getResponse().getContentAsString());
		assertThat(editors.select("#documents a").eachText()).containsExactly("delibera.pdf", "volantino.odt");
		String href = editors.select("#documents a").first().attr("href");
		var download = this.mvc.get().uri(href).with(user("redattrice").roles("EDITOR")).exchange();
		assertThat(download).hasStatusOk();
		assertThat(new String(download.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		// never for the public
		assertThat(Http.get(this.port, href).statusCode()).isIn(302, 401, 403);

		java.util.UUID confirm = this.jdbc.sql("select confirm_token from proposal")
			.query(java.util.UUID.class)
			.single();
		assertThat(this.proposals.confirm(confirm)).isEqualTo(Proposals.Confirmation.CONFIRMED);
		String token = this.jdbc.sql("select private_token::text from proposal").query(String.class).single();
		Document own = Jsoup.parse(this.submitter.get(this.port, "/proposte/" + token).body());
		assertThat(own.select("#documents a").eachText()).containsExactly("delibera.pdf", "volantino.odt");
		assertThat(this.submitter.get(this.port, own.select("#documents a").first().attr("href")).statusCode())
			.isEqualTo(200);
	}

	private MvcTestResult proposeWith(MockMultipartFile... documents) {
		var request = this.mvc.post().uri("/pratiche/proponi").multipart();
		for (MockMultipartFile document : documents) {
			request.file(document);
		}
		fields(TITLE).forEach(request::param);
		return request.with(csrf().asHeader()).exchange();
	}

	/**
	 * With the mail server down the proposal is kept and its confirmation waits in the
	 * outbox; once the server is back the message arrives and its link works.
	 */
	@Test
	void whileTheMailServerIsDownTheConfirmationWaitsAndArrivesAfter() throws Exception {
		smtp.stop();
		try {
			assertThat(propose(fields(TITLE)).statusCode()).isEqualTo(302);
			assertThat(this.worker.sendDue()).isZero();
			assertThat(state()).isEqualTo("DA_CONFERMARE");
			assertThat(this.jdbc.sql("select status from mail_message").query(String.class).list())
				.containsExactly("PENDING");
		}
		finally {
			smtp.start();
		}
		this.jdbc.sql("update mail_message set next_attempt_at = now()").update();
		MimeMessage confirmation = delivered().get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Confermi la proposta di pratica: " + TITLE);
		String confirm = MailServer.link(MailServer.part(confirmation, "text/plain"), "/proposte/conferma/");
		assertThat(this.submitter.postForm(this.port, confirm, confirm, Map.of()).statusCode()).isEqualTo(302);
		assertThat(state()).isEqualTo("DA_MODERARE");
	}

	/**
	 * The sixth proposal of the hour from one e-mail address waits, and what was typed
	 * stays on the page.
	 */
	@Test
	void tooManyProposalsFromOneAddressAreRefusedWithTheFormKept() {
		for (int i = 1; i <= Proposals.PER_EMAIL_PER_HOUR; i++) {
			assertThat(propose(fields(TITLE + " " + i)).statusCode()).isEqualTo(302);
		}
		HttpResponse<String> refused = propose(fields(TITLE + " in più"));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).contains("3600");
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#too-many").text()).contains("Riprovi tra un'ora");
		assertThat(page.select("[id='card.title']").val()).isEqualTo(TITLE + " in più");
		assertThat(this.jdbc.sql("select count(*) from proposal").query(Long.class).single())
			.isEqualTo(Proposals.PER_EMAIL_PER_HOUR);
		// another office, from the same network, may still send
		Map<String, String> other = fields(TITLE + " da un altro ufficio");
		other.put("submitter.email", "protocollo@comune.assisi.example");
		assertThat(propose(other).statusCode()).isEqualTo(302);
	}

	@Test
	void expiredAndUnknownLinksSayWhatHappened() throws Exception {
		propose(fields(TITLE));
		String confirm = MailServer.link(MailServer.part(delivered().get(0), "text/plain"), "/proposte/conferma/");
		this.jdbc.sql("update proposal set confirm_by = now() - interval '1 hour'").update();
		HttpResponse<String> expired = this.submitter.postForm(this.port, "/pratiche/proponi", confirm, Map.of());
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(Jsoup.parse(expired.body()).select("h1").text()).isEqualTo("Il link di conferma è scaduto");
		assertThat(state()).isEqualTo("DA_CONFERMARE");
		assertThat(Http.get(this.port, "/proposte/conferma/00000000-0000-0000-0000-000000000000").statusCode())
			.isEqualTo(404);
		assertThat(Http.get(this.port, "/proposte/non-un-token").statusCode()).isEqualTo(404);
		// the private page exists only once the address is confirmed
		String privateToken = this.jdbc.sql("select private_token::text from proposal").query(String.class).single();
		assertThat(Http.get(this.port, "/proposte/" + privateToken).statusCode()).isEqualTo(404);
	}

	@Test
	void aRefusalNeedsAReasonAndTellsTheSubmitter() throws Exception {
		propose(fields(TITLE));
		String confirm = MailServer.link(MailServer.part(delivered().get(0), "text/plain"), "/proposte/conferma/");
		this.submitter.postForm(this.port, confirm, confirm, Map.of());
		assertThat(delivered()).hasSize(2);
		smtp.purgeEmailFromAllMailboxes();
		long id = this.jdbc.sql("select id from proposal").query(Long.class).single();
		assertThat(decide(id, "respingi", Map.of())).hasStatus(422);
		assertThat(decide(id, "respingi", Map.of("motivo", "Il servizio non riguarda l'emergenza Covid-19.")))
			.hasStatus3xxRedirection();
		assertThat(state()).isEqualTo("RESPINTA");
		MimeMessage refusal = delivered().get(0);
		assertThat(refusal.getSubject()).isEqualTo("Proposta non pubblicata: " + TITLE);
		assertThat(MailServer.part(refusal, "text/plain")).contains("Il servizio non riguarda l'emergenza Covid-19.");
		assertThat(
				this.jdbc.sql("select count(*) from practice where title = ?").param(TITLE).query(Long.class).single())
			.isZero();
	}

	private HttpResponse<String> propose(Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(this.submitter.hiddenFields(this.port, "/pratiche/proponi"));
		all.putAll(fields);
		return this.submitter.post(this.port, "/pratiche/proponi", all);
	}

	private MvcTestResult staff(String path) {
		return this.mvc.get().uri(path).with(user("redattrice").roles("EDITOR")).exchange();
	}

	private MvcTestResult decide(long id, String action, Map<String, String> fields) {
		long version = this.jdbc.sql("select version from proposal where id = ?").param(id).query(Long.class).single();
		var request = this.mvc.post()
			.uri("/admin/pratiche/proposte/{id}/{action}", id, action)
			.param("version", String.valueOf(version))
			.with(user("redattrice").roles("EDITOR"))
			.with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	private String state() {
		return this.jdbc.sql("select state from proposal").query(String.class).single();
	}

	private List<MimeMessage> delivered() {
		this.worker.sendDue();
		return List.of(smtp.getReceivedMessages());
	}

	private static Map<String, String> fields(String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("card.title", title);
		fields.put("card.provider.type", "COMUNE");
		fields.put("card.provider.name", "Comune di Assisi");
		fields.put("card.comune", "Assisi");
		fields.put("card.classification.kind", "NUOVO");
		fields.put("card.classification.serviceAreas", "OS1");
		fields.put("card.classification.targetGroups", "ELD");
		fields.put("card.service.description",
				"Orti comunali affidati agli anziani soli, con il trasporto dei volontari.");
		fields.put("card.service.partners", "Associazione degli orticoltori");
		fields.put("card.service.technologies", "Non indicato");
		fields.put("card.startDate", "2020-05");
		fields.put("card.startBasis", "AVVIO");
		fields.put("card.feedback.operators", "Non indicato");
		fields.put("card.feedback.citizens", "Non indicato");
		fields.put("card.feedback.innovation", "Non indicato");
		fields.put("card.continuation.answer", "SI");
		fields.put("card.continuation.note", "Gli orti restano assegnati");
		fields.put("card.contact.office", "Servizi sociali");
		fields.put("card.sources[0].title", "Delibera di giunta");
		fields.put("card.sources[0].kind", "ENTE");
		fields.put("card.sources[0].url", "https://www.comune.assisi.pg.it/");
		fields.put("submitter.name", "Maria Rossi");
		fields.put("submitter.office", "Ufficio servizi sociali");
		fields.put("submitter.role", "assistente sociale");
		fields.put("submitter.email", " Ufficio.Sociale@Comune.Assisi.Example ");
		fields.put("showContact", "true");
		fields.put("privacy", "true");
		fields.put("sito", "");
		return fields;
	}

}
