package it.anci.welfare.mail;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import it.anci.welfare.support.MailServer;
import it.anci.welfare.support.PortalTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The outbox with a real SMTP server: sent after commit, nothing sent on rollback,
 * nothing lost while the server is down.
 */
@PortalTest
class MailOutboxTests {

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.extension();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		MailServer.register(smtp, registry);
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailWorker worker;

	@Autowired
	MailComposer composer;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@AfterEach
	void emptyTheOutbox() throws Exception {
		this.jdbc.sql("delete from mail_message").update();
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void aCommittedMessageArrivesInTextAndHtmlWithItsHeadersAndFiles() throws Exception {
		OutgoingMail mail = this.composer
			.compose("ufficio.sociale@comune.example", "Prova: l'aggiornamento è arrivato", "test-message",
					Map.of("greeting", "Buongiorno, gentile utente"))
			.withHeader("List-Unsubscribe", "<https://portale.example/avvisi/disdici/abc>")
			.withAttachment(new OutgoingMail.Attachment("invito.ics", "text/calendar; method=REQUEST",
					"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)));
		this.transactions.executeWithoutResult(status -> this.outbox.enqueue(mail));
		assertThat(smtp.getReceivedMessages()).isEmpty();

		assertThat(this.worker.sendDue()).isEqualTo(1);
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("Prova: l'aggiornamento è arrivato");
		assertThat(received.getFrom()[0].toString()).isEqualTo("portale@anci-umbria.example");
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ufficio.sociale@comune.example");
		assertThat(received.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://portale.example/avvisi/disdici/abc>");
		String text = MailServer.part(received, "text/plain");
		assertThat(text).contains("Buongiorno, gentile utente", "http://localhost:8080").doesNotContain("<");
		Document html = Jsoup.parse(MailServer.part(received, "text/html"));
		assertThat(html.select("html").attr("lang")).isEqualTo("it");
		assertThat(html.text()).contains("Buongiorno, gentile utente", "Portale Welfare dei Comuni");
		assertThat(html.select("img")).isEmpty();
		assertThat(attachmentNames(received)).containsExactly("invito.ics");
		assertThat(this.jdbc.sql("select status from mail_message").query(String.class).single()).isEqualTo("SENT");
		// sent once: a second pass finds nothing due
		assertThat(this.worker.sendDue()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aRolledBackChangeSendsNothingAndEnqueuingNeedsATransaction() {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.outbox.enqueue(OutgoingMail.of("a@comune.example", "Mai spedito", "testo", "<p>testo</p>"));
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.worker.sendDue()).isZero();
		assertThat(this.jdbc.sql("select count(*) from mail_message").query(Long.class).single()).isZero();
		assertThatThrownBy(() -> this.outbox.enqueue(OutgoingMail.of("a@comune.example", "x", "x", "x")))
			.hasMessageContaining("transaction");
	}

	@Test
	void whileTheServerIsDownTheMessageWaitsAndIsSentWhenItReturns() {
		smtp.stop();
		try {
			this.transactions.executeWithoutResult(status -> this.outbox
				.enqueue(OutgoingMail.of("b@comune.example", "Durante il guasto", "testo", "<p>testo</p>")));
			assertThat(this.worker.sendDue()).isZero();
			var row = this.jdbc
				.sql("select status, attempts, last_error, next_attempt_at > now() + interval '50 seconds' as later "
						+ "from mail_message")
				.query()
				.singleRow();
			assertThat(row).containsEntry("status", "PENDING")
				.containsEntry("attempts", 1)
				.containsEntry("later", true);
			assertThat((String) row.get("last_error")).isNotBlank();
		}
		finally {
			smtp.start();
		}
		// not due yet: the back-off holds it
		assertThat(this.worker.sendDue()).isZero();
		this.jdbc.sql("update mail_message set next_attempt_at = now()").update();
		assertThat(this.worker.sendDue()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).extracting(m -> {
			try {
				return m.getSubject();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).containsExactly("Durante il guasto");
	}

	@Test
	void staffReadTheOutbox() throws Exception {
		this.transactions.executeWithoutResult(status -> this.outbox.enqueue(
				OutgoingMail.of("c@comune.example", "Da leggere in redazione", "Il testo del messaggio", "<p>x</p>")));
		long id = this.jdbc.sql("select id from mail_message").query(Long.class).single();
		Document list = Jsoup.parse(this.mvc.get()
			.uri("/admin/posta")
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(list.select("tbody tr").text()).contains("Da leggere in redazione", "c@comune.example",
				"Da spedire");
		assertThat(list.select("[role=status]")).as("a server is configured here").isEmpty();
		Document one = Jsoup.parse(this.mvc.get()
			.uri("/admin/posta/{id}", id)
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(one.select("pre.mail-text").text()).isEqualTo("Il testo del messaggio");
		assertThat(
				this.mvc.get().uri("/admin/posta/{id}", id + 1000).with(user("redattrice").roles("EDITOR")).exchange())
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/admin/posta").exchange()).hasStatus3xxRedirection();
	}

	private static java.util.List<String> attachmentNames(MimeMessage message) throws Exception {
		java.util.List<String> names = new java.util.ArrayList<>();
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			if (Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
				names.add(multipart.getBodyPart(i).getFileName());
			}
		}
		return names;
	}

}
