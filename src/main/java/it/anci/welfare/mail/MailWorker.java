package it.anci.welfare.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due messages through the configured SMTP server, one transaction per
 * message: the row stays locked while it is sent ({@code for update skip locked}), so
 * several portal instances never send it twice. A failure (server down, refused) puts the
 * message back with a longer wait each time (1 minute doubling up to 6 hours); after
 * {@value #ATTEMPTS} attempts it is marked failed and staff see it at /admin/posta.
 * Without a configured server ({@code SPRING_MAIL_HOST}) nothing is sent: the messages
 * wait in the outbox.
 */
@Component
public class MailWorker {

	static final int ATTEMPTS = 10;

	private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

	private static final Duration FIRST_WAIT = Duration.ofMinutes(1);

	private static final Duration LONGEST_WAIT = Duration.ofHours(6);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final TransactionTemplate transactions;

	private final MailOutbox outbox;

	private final Clock clock;

	private final String from;

	MailWorker(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, TransactionTemplate transactions,
			MailOutbox outbox, Clock clock, @Value("${portal.mail.from}") String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.transactions = transactions;
		this.outbox = outbox;
		this.clock = clock;
		this.from = from;
	}

	/**
	 * True when an SMTP server is configured: otherwise messages stay in the outbox for
	 * staff to read.
	 */
	public boolean sending() {
		return this.sender.getIfAvailable() != null;
	}

	@Scheduled(fixedDelayString = "${portal.mail.poll-interval:5s}",
			initialDelayString = "${portal.mail.poll-interval:5s}")
	void poll() {
		if (sending()) {
			sendDue();
		}
	}

	/** Sends every due message, one at a time; returns how many were sent. */
	public int sendDue() {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			return 0;
		}
		int sent = 0;
		Boolean more;
		do {
			more = this.transactions.execute(status -> sendOne(mailSender));
			if (Boolean.TRUE.equals(more)) {
				sent++;
			}
		}
		while (more != null);
		return sent;
	}

	/** True when one was sent, false when one failed, null when none is due. */
	private Boolean sendOne(JavaMailSender mailSender) {
		Instant now = this.clock.instant();
		Optional<Long> due = this.jdbc.sql("""
				select id from mail_message where status = 'PENDING' and next_attempt_at <= ?
				order by next_attempt_at, id limit 1 for update skip locked""")
			.param(Timestamp.from(now))
			.query(Long.class)
			.optional();
		if (due.isEmpty()) {
			return null;
		}
		MailOutbox.Message message = this.outbox.message(due.get()).orElseThrow();
		try {
			mailSender.send(mime(mailSender, message));
			this.jdbc
				.sql("update mail_message set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null "
						+ "where id = ?")
				.params(Timestamp.from(now), message.id())
				.update();
			return true;
		}
		catch (MailException | MessagingException ex) {
			int attempts = message.attempts() + 1;
			Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 20));
			wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
			log.warn("E-mail {} to {} not sent (attempt {}): {}", message.id(), message.to(), attempts,
					ex.getMessage());
			this.jdbc
				.sql("update mail_message set attempts = ?, next_attempt_at = ?, last_error = ?, "
						+ "status = case when ? >= ? then 'FAILED' else 'PENDING' end where id = ?")
				.params(attempts, Timestamp.from(now.plus(wait)), String.valueOf(ex.getMessage()), attempts, ATTEMPTS,
						message.id())
				.update();
			return false;
		}
	}

	private MimeMessage mime(JavaMailSender mailSender, MailOutbox.Message message) throws MessagingException {
		MimeMessage mime = mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(message.to());
		helper.setSubject(message.subject());
		helper.setText(message.text(), message.html());
		for (Map.Entry<String, String> header : message.headers().entrySet()) {
			mime.setHeader(header.getKey(), header.getValue());
		}
		this.jdbc.sql("select filename, media_type, content from mail_attachment where mail_id = ? order by position")
			.param(message.id())
			.query(rs -> {
				try {
					helper.addAttachment(rs.getString(1), new ByteArrayResource(rs.getBytes(3)), rs.getString(2));
				}
				catch (MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			});
		return mime;
	}

}
