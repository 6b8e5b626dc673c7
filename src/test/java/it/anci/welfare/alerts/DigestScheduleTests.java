package it.anci.welfare.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When digests are due (daily, weekly), what they hold, and that two instances never send
 * one twice.
 */
class DigestScheduleTests extends AlertsTestSupport {

	@Autowired
	SearchAlerts alerts;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aDailyAlertIsDueEveryDayAndAWeeklyOneOnceAWeek() {
		Instant start = Instant.now();
		confirmed("regione=umbria", "giorno@comune.example", "giornaliera", start);
		confirmed("regione=umbria", "settimana@comune.example", "settimanale", start);
		card("10", "lunedi", start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(1)));

		// a run a little earlier than a full day after the last one still finds the daily
		// alert due
		assertThat(this.digests.sendDigests(start.plus(Duration.ofHours(23).plusMinutes(30)))).isEqualTo(1);
		assertThat(recipients()).containsExactly("giorno@comune.example");
		assertThat(this.digests.sendDigests(start.plus(Duration.ofDays(2)))).as("nothing new for the daily one")
			.isZero();
		assertThat(this.digests.sendDigests(start.plus(Duration.ofDays(6)))).as("the weekly one is not due yet")
			.isZero();
		card("10", "sabato", start.plus(Duration.ofDays(6)), start.plus(Duration.ofDays(6)));
		assertThat(this.digests.sendDigests(start.plus(Duration.ofDays(7)))).isEqualTo(2);
		assertThat(recipients()).containsExactlyInAnyOrder("giorno@comune.example", "giorno@comune.example",
				"settimana@comune.example");
		String weekly = body("settimana@comune.example");
		assertThat(weekly).contains("Prova avviso lunedi (nuova)", "Prova avviso sabato (nuova)", "ogni settimana");
		assertThat(body("giorno@comune.example")).contains("Prova avviso sabato").doesNotContain("lunedi");
		assertThat(this.digests.sendDigests(start.plus(Duration.ofDays(7)))).as("sent once").isZero();
	}

	@Test
	void aDigestListsAtMostFiftyCardsAndSaysThereAreMore() {
		Instant start = Instant.now();
		confirmed("", "tutto@comune.example", "giornaliera", start);
		for (int i = 0; i < AlertDigests.MAX_CARDS + 1; i++) {
			Instant at = start.plusSeconds(60 + i);
			card("10", "molte-" + i, at, at);
		}
		assertThat(this.digests.sendDigests(start.plus(Duration.ofDays(1)))).isEqualTo(1);
		var mail = this.jdbc.sql("select subject, body_text from mail_message where recipient = 'tutto@comune.example'")
			.query()
			.singleRow();
		assertThat(mail.get("subject"))
			.isEqualTo("Oltre 50 pratiche nuove o aggiornate: tutte le pratiche del catalogo");
		assertThat((String) mail.get("body_text")).contains("Prova avviso molte-50", "Sono elencate le più recenti")
			.doesNotContain("Prova avviso molte-0 ");
	}

	@Test
	void aSubscriptionHeldByAnotherInstanceIsSkippedAndUnconfirmedRequestsExpire() throws Exception {
		Instant start = Instant.now();
		confirmed("regione=umbria", "uno@comune.example", "giornaliera", start);
		card("10", "tenuta", start.plusSeconds(60), start.plusSeconds(60));
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> other = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult(status -> {
				this.jdbc.sql("select id from search_alert for update").query(Long.class).list();
				held.countDown();
				await(release);
			}));
		await(held);
		assertThat(this.digests.sendDigests(start.plus(Duration.ofDays(1)))).isZero();
		release.countDown();
		other.get(10, TimeUnit.SECONDS);
		assertThat(this.digests.sendDigests(start.plus(Duration.ofDays(1)))).isEqualTo(1);
		assertThat(this.jdbc.sql("select subject from mail_message").query(String.class).single())
			.isEqualTo("1 pratica nuova o aggiornata: Umbria");

		subscribe("regione=lazio", "mai-confermato@comune.example", "giornaliera");
		this.jdbc.sql("update search_alert set confirm_by = now() - interval '1 second' where confirmed_at is null")
			.update();
		this.digests.sendDigests(Instant.now());
		assertThat(this.jdbc.sql("select email from alert_recipient").query(String.class).list())
			.containsExactly("uno@comune.example");
	}

	/**
	 * Subscribes over HTTP and confirms with the token of the stored request, the last
	 * digest set at {@code at}.
	 */
	private void confirmed(String query, String email, String frequency, Instant at) {
		subscribe(query, email, frequency);
		UUID token = this.jdbc
			.sql("select a.confirm_token from search_alert a join alert_recipient r on r.id = a.recipient_id "
					+ "where r.email = ?")
			.param(email)
			.query(UUID.class)
			.single();
		assertThat(this.alerts.confirm(token)).isEqualTo(SearchAlerts.Confirmation.CONFIRMED);
		this.jdbc
			.sql("update search_alert set last_digest_at = ?, confirmed_at = ? where confirm_token is null "
					+ "and recipient_id = (select id from alert_recipient where email = ?)")
			.params(utc(at), utc(at), email)
			.update();
		this.jdbc.sql("delete from mail_message").update();
	}

	private List<String> recipients() {
		return this.jdbc.sql("select recipient from mail_message order by id").query(String.class).list();
	}

	/** The text of the last message to {@code email}. */
	private String body(String email) {
		return this.jdbc.sql("select body_text from mail_message where recipient = ? order by id desc limit 1")
			.param(email)
			.query(String.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
