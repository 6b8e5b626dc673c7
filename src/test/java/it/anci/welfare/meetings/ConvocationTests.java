package it.anci.welfare.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import it.anci.welfare.common.TimeConfiguration;
import it.anci.welfare.mail.MailWorker;
import it.anci.welfare.support.MailServer;
import it.anci.welfare.support.PortalTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Convocations to a body's members through a real SMTP server: the invitation with its
 * .ics (parsed by biweekly), an update after a change of place, the cancellation, the
 * minutes once, the reminder 48 hours before, never twice.
 */
@PortalTest
class ConvocationTests {

	static final String BODY = "Prova: Consulta delle convocazioni";

	static final String TITLE = "Prova convocazione: Consulta di marzo";

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.extension();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		MailServer.register(smtp, registry);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailWorker worker;

	@Autowired
	MeetingMembers members;

	@Autowired
	ConvocationReminders reminders;

	@BeforeEach
	void membersAndMeeting() {
		this.members.add(new MeetingMembers.Member(null, 0, BODY, "Anna Ferri", "anna.ferri@comune.terni.example",
				"Comune di Terni", true), "test");
		this.members.add(
				new MeetingMembers.Member(null, 0, BODY, "Bruno Neri", "bruno.neri@comune.todi.example", null, true),
				"test");
		this.members.add(
				new MeetingMembers.Member(null, 0, BODY, "Carla Sospesa", "carla@comune.gubbio.example", null, false),
				"test");
		assertThat(save(MeetingFields.of(TITLE, BODY, "2099-03-10T10:00", "Sala Falcone Borsellino", "")))
			.hasStatus3xxRedirection();
	}

	@AfterEach
	void cleanUp() throws Exception {
		this.jdbc.sql("delete from meeting where title like 'Prova convocazione:%'").update();
		this.jdbc.sql("delete from meeting_member where body_name like 'Prova:%'").update();
		this.jdbc.sql("delete from mail_message").update();
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void theConvocationGoesToActiveMembersOnceThenAnUpdateAndTheCancellation() throws Exception {
		long id = id(TITLE);
		String confirm = this.mvc.get()
			.uri("/admin/riunioni/{id}/convocazione", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(confirm).select("main li").eachText()).hasSize(2)
			.anyMatch(t -> t.contains("Anna Ferri"))
			.noneMatch(t -> t.contains("Carla"));
		assertThat(post("/admin/riunioni/{id}/convocazione", id, false)).hasStatus(422);
		assertThat(post("/admin/riunioni/{id}/convocazione", id, true)).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "Convocazione inviata a 2 membri.");
		// a second click sends nothing again
		assertThat(post("/admin/riunioni/{id}/convocazione", id, true)).flash()
			.containsEntry("message",
					"Tutti i membri attivi avevano già ricevuto la convocazione: nessun messaggio inviato di nuovo.");
		assertThat(this.worker.sendDue()).isEqualTo(2);
		MimeMessage anna = Inbox.last(smtp, "anna.ferri@comune.terni.example");
		assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("anna.ferri@comune.terni.example", "bruno.neri@comune.todi.example");
		assertThat(anna.getSubject()).isEqualTo("Convocazione: " + TITLE + " – 10 marzo 2099");
		String slug = this.jdbc.sql("select slug from meeting where id = ?").param(id).query(String.class).single();
		assertThat(Inbox.part(anna, "text/plain")).contains("Gentile Anna Ferri",
				"martedì 10 marzo 2099, ore 10:00–13:00", "Sala Falcone Borsellino, Piazza Italia 11, Perugia",
				"1. Bilancio sociale 2099", "http://localhost:8080/riunioni/" + slug);
		var html = Jsoup.parse(Inbox.part(anna, "text/html"));
		assertThat(html.select("html").attr("lang")).isEqualTo("it");
		assertThat(html.select("a[href=http://localhost:8080/riunioni/" + slug + "]")).hasSize(1);
		assertThat(html.text()).contains(TITLE, "Sala Falcone Borsellino");
		VEvent event = Inbox.invitation(anna, "REQUEST", 0);
		assertThat(event.getUid().getValue()).isEqualTo(slug + "@portale-welfare-comuni");
		assertThat(event.getAttendees()).singleElement().satisfies(a -> {
			assertThat(a.getEmail()).isEqualTo("anna.ferri@comune.terni.example");
			assertThat(a.getCommonName()).isEqualTo("Anna Ferri");
		});
		assertThat(event.getOrganizer().getEmail()).isEqualTo("portale@anci-umbria.example");
		assertThat(adminPage(id).select("#convocazioni tbody tr")).hasSize(2);

		// the place changes: an update with the next SEQUENCE and what changed
		smtp.purgeEmailFromAllMailboxes();
		Map<String, String> moved = MeetingFields.of(TITLE, BODY, "2099-03-10T10:00", "Sala Brugnoli", "");
		moved.put("id", String.valueOf(id));
		moved.put("version", String.valueOf(version(id)));
		assertThat(save(moved)).flash()
			.containsEntry("message", "Riunione salvata e pubblicata. Aggiornamento inviato a 2 membri.");
		assertThat(this.worker.sendDue()).isEqualTo(2);
		anna = Inbox.last(smtp, "anna.ferri@comune.terni.example");
		assertThat(anna.getSubject()).startsWith("Convocazione aggiornata: ");
		assertThat(Inbox.part(anna, "text/plain"))
			.contains("Luogo: ora Sala Brugnoli, Piazza Italia 11, Perugia (prima Sala Falcone Borsellino");
		assertThat(Inbox.invitation(anna, "REQUEST", 1).getUid().getValue())
			.isEqualTo(slug + "@portale-welfare-comuni");
		// saved again without a change of date or place: nothing sent
		moved.put("version", String.valueOf(version(id)));
		moved.put("description", "Testo corretto.");
		assertThat(save(moved)).hasStatus3xxRedirection();
		assertThat(this.worker.sendDue()).isZero();

		// the cancellation
		smtp.purgeEmailFromAllMailboxes();
		assertThat(post("/admin/riunioni/{id}/annulla", id, false)).hasStatus(422);
		assertThat(post("/admin/riunioni/{id}/annulla", id, true)).flash()
			.containsEntry("message", "Riunione annullata: avviso inviato a 2 membri.");
		assertThat(this.worker.sendDue()).isEqualTo(2);
		anna = Inbox.last(smtp, "anna.ferri@comune.terni.example");
		assertThat(anna.getSubject()).startsWith("Riunione annullata: ");
		assertThat(Inbox.invitation(anna, "CANCEL", 2).getStatus().isCancelled()).isTrue();
		var publicPage = Jsoup
			.parse(this.mvc.get().uri("/riunioni/{slug}", slug).exchange().getResponse().getContentAsString());
		assertThat(publicPage.select(".callout-title").text()).contains("Annullata");
		assertThat(publicPage.text()).doesNotContain("Aggiungi al calendario");
		assertThat(publicPage.select("script[type=application/ld+json]").html())
			.contains("https://schema.org/EventCancelled");
		assertThat(this.mvc.get().uri("/riunioni/calendario.ics").exchange().getResponse().getContentAsString())
			.contains("SUMMARY:Annullata: " + TITLE, "STATUS:CANCELLED", "SEQUENCE:2");
		assertThat(Jsoup.parse(this.mvc.get().uri("/riunioni").exchange().getResponse().getContentAsString())
			.select("article:contains(" + TITLE + ") .badge")
			.text()).contains("Annullata");
		assertThat(Jsoup.parse(this.mvc.get().uri("/").exchange().getResponse().getContentAsString())
			.select("li:contains(" + TITLE + ") .badge")
			.text()).isEqualTo("Annullata");
		assertThat(post("/admin/riunioni/{id}/convocazione", id, true)).hasStatus(422)
			.bodyText()
			.contains("La riunione è annullata");
		assertThat(post("/admin/riunioni/{id}/annulla", id, true)).hasStatus(422)
			.bodyText()
			.contains("già stata annullata");
		assertThat(this.jdbc.sql(
				"select action from audit_event where target = ? and action in ('CONVOCAZIONE_INVIATA', 'ANNULLATO') order by id")
			.param(slug)
			.query(String.class)
			.list()).containsExactly("CONVOCAZIONE_INVIATA", "ANNULLATO");
	}

	@Test
	void theMinutesGoOnceToWhoeverReceivedTheConvocation() throws Exception {
		long id = id(TITLE);
		assertThat(post("/admin/riunioni/{id}/convocazione", id, true)).hasStatus3xxRedirection();
		this.members.add(
				new MeetingMembers.Member(null, 0, BODY, "Dario Nuovo", "dario@comune.narni.example", null, true),
				"test");
		this.jdbc.sql(
				"update meeting set starts_at = '2020-03-10 10:00 Europe/Rome', ends_at = '2020-03-10 13:00 Europe/Rome' where id = ?")
			.param(id)
			.update();
		assertThat(this.worker.sendDue()).isEqualTo(2);
		smtp.purgeEmailFromAllMailboxes();
		Map<String, String> withMinutes = MeetingFields.of(TITLE, BODY, "2020-03-10T10:00", "Sala Falcone Borsellino",
				"La Consulta approva il **bilancio sociale**.");
		withMinutes.put("id", String.valueOf(id));
		withMinutes.put("version", String.valueOf(version(id)));
		assertThat(save(withMinutes)).flash()
			.containsEntry("message", "Riunione salvata e pubblicata. Verbale inviato a 2 membri.");
		assertThat(this.worker.sendDue()).isEqualTo(2);
		MimeMessage bruno = Inbox.last(smtp, "bruno.neri@comune.todi.example");
		assertThat(bruno.getSubject()).isEqualTo("Verbale: " + TITLE + " – 10 marzo 2020");
		assertThat(Inbox.part(bruno, "text/plain")).contains("La Consulta approva il **bilancio sociale**.");
		assertThat(Jsoup.parse(Inbox.part(bruno, "text/html")).select("strong:contains(bilancio sociale)")).hasSize(1);
		withMinutes.put("version", String.valueOf(version(id)));
		withMinutes.put("minutes", "La Consulta approva il bilancio sociale, con una correzione.");
		assertThat(save(withMinutes)).hasStatus3xxRedirection();
		assertThat(this.worker.sendDue()).isZero();
		// a meeting already held cannot be convoked any more
		assertThat(post("/admin/riunioni/{id}/convocazione", id, true)).hasStatus(422)
			.bodyText()
			.contains("già iniziata o conclusa");
	}

	@Test
	void theReminderGoesOnce48HoursBeforeAndNeverForPastOrCancelledMeetings() throws Exception {
		long id = id(TITLE);
		String other = "Prova convocazione: gruppo annullato";
		assertThat(save(MeetingFields.of(other, BODY, "2099-03-10T15:00", "Sala Brugnoli", "")))
			.hasStatus3xxRedirection();
		assertThat(post("/admin/riunioni/{id}/convocazione", id, true)).hasStatus3xxRedirection();
		assertThat(post("/admin/riunioni/{id}/convocazione", id(other), true)).hasStatus3xxRedirection();
		assertThat(post("/admin/riunioni/{id}/annulla", id(other), true)).hasStatus3xxRedirection();
		assertThat(this.worker.sendDue()).isEqualTo(6);
		smtp.purgeEmailFromAllMailboxes();
		Instant start = LocalDateTime.parse("2099-03-10T10:00").atZone(TimeConfiguration.ROME).toInstant();
		assertThat(this.reminders.sendDue(start.minusSeconds(49 * 3600))).isZero();
		assertThat(this.reminders.sendDue(start.minusSeconds(47 * 3600))).isEqualTo(2);
		assertThat(this.reminders.sendDue(start.minusSeconds(46 * 3600))).isZero();
		assertThat(this.reminders.sendDue(start.plusSeconds(3600))).isZero();
		assertThat(this.worker.sendDue()).isEqualTo(2);
		MimeMessage anna = Inbox.last(smtp, "anna.ferri@comune.terni.example");
		assertThat(anna.getSubject()).isEqualTo("Promemoria: " + TITLE + " – 10 marzo 2099");
		assertThat(Inbox.part(anna, "text/plain")).contains("le ricordiamo la riunione",
				"martedì 10 marzo 2099, ore 10:00");
		assertThat(adminPage(id).select("#convocazioni tbody td").eachText()).contains("Promemoria");
	}

	@Test
	void aDraftOrABodyWithoutActiveMembersIsNotConvoked() throws Exception {
		Map<String, String> draft = MeetingFields.of("Prova convocazione: bozza", BODY, "2099-04-01T10:00", "Sala", "");
		draft.remove("published");
		assertThat(save(draft)).hasStatus3xxRedirection();
		assertThat(post("/admin/riunioni/{id}/convocazione", id("Prova convocazione: bozza"), true)).hasStatus(422)
			.bodyText()
			.contains("La riunione è una bozza");
		Map<String, String> lonely = MeetingFields.of("Prova convocazione: organo vuoto", BODY, "2099-04-01T10:00",
				"Sala", "");
		lonely.put("bodyName", "Prova: organo senza membri");
		assertThat(save(lonely)).hasStatus3xxRedirection();
		assertThat(adminPage(id("Prova convocazione: organo vuoto")).select("#convocazioni").text())
			.contains("non ha membri attivi")
			.doesNotContain("Invia la convocazione ai membri");
		assertThat(this.mvc.get()
			.uri("/admin/riunioni/{id}/annulla", id(TITLE))
			.with(user("redattrice").roles("EDITOR"))
			.exchange()).bodyText().contains("Nessun membro ha ricevuto la convocazione");
	}

	private org.jsoup.nodes.Document adminPage(long id) throws Exception {
		return Jsoup.parse(this.mvc.get()
			.uri("/admin/riunioni/{id}", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString());
	}

	private MvcTestResult post(String path, long id, boolean confirmed) {
		var request = this.mvc.post().uri(path, id).with(user("redattrice").roles("EDITOR")).with(csrf());
		if (confirmed) {
			request.param("conferma", "si");
		}
		return request.exchange();
	}

	private MvcTestResult save(Map<String, String> fields) {
		var request = this.mvc.post().uri("/admin/riunioni").with(user("redattrice").roles("EDITOR")).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	private long id(String title) {
		return this.jdbc.sql("select id from meeting where title = ?").param(title).query(Long.class).single();
	}

	private long version(long id) {
		return this.jdbc.sql("select version from meeting where id = ?").param(id).query(Long.class).single();
	}

}
