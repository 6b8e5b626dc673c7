package it.anci.welfare.mail;

import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The embedded default has no SMTP server: messages wait in the outbox, and staff are
 * told so where they read them.
 */
@PortalTest
class MailWithoutServerTests {

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailWorker worker;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@AfterEach
	void emptyTheOutbox() {
		this.jdbc.sql("delete from mail_message where subject = 'In attesa di un server'").update();
	}

	@Test
	void messagesWaitAndTheStaffPageSaysWhy() throws Exception {
		this.transactions.executeWithoutResult(status -> this.outbox
			.enqueue(OutgoingMail.of("d@comune.example", "In attesa di un server", "testo", "<p>testo</p>")));
		assertThat(this.worker.sending()).isFalse();
		assertThat(this.worker.sendDue()).isZero();
		assertThat(this.jdbc.sql("select status from mail_message where subject = 'In attesa di un server'")
			.query(String.class)
			.single()).isEqualTo("PENDING");
		Document page = Jsoup.parse(this.mvc.get()
			.uri("/admin/posta")
			.with(user("redattrice").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("[role=status]").text()).contains("Nessun server di posta è configurato");
		assertThat(page.select("tbody tr").text()).contains("In attesa di un server", "Da spedire");
	}

}
