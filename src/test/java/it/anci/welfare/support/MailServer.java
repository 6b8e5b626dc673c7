package it.anci.welfare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real SMTP server (GreenMail) in the tests' JVM on a free port, and the properties
 * that point the portal at it. The outbox worker's own schedule is set far off, so that a
 * test decides when the outbox is sent.
 */
public final class MailServer {

	private MailServer() {
	}

	public static GreenMailExtension extension() {
		return new OutboxEmptyingServer(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withPerMethodLifecycle(false);
	}

	/**
	 * GreenMail that also empties the portal's outbox and its own mailboxes before each
	 * test: the classes that ran before in the same JVM (two JVMs take the classes in an
	 * order that changes from run to run) may have left messages, which the test's run of
	 * the outbox would otherwise deliver beside its own.
	 */
	private static final class OutboxEmptyingServer extends GreenMailExtension {

		OutboxEmptyingServer(ServerSetup setup) {
			super(setup);
		}

		@Override
		public void beforeEach(ExtensionContext context) {
			super.beforeEach(context);
			SpringExtension.getApplicationContext(context)
				.getBean(JdbcClient.class)
				.sql("delete from mail_message")
				.update();
			try {
				purgeEmailFromAllMailboxes();
			}
			catch (FolderException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	public static void register(GreenMailExtension server, DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server.getSmtp().getPort());
		registry.add("portal.mail.poll-interval", () -> "1h");
		registry.add("portal.mail.from", () -> "portale@anci-umbria.example");
	}

	/**
	 * The portal's address in the messages of the tests (the default of
	 * {@code portal.base-url}).
	 */
	public static final String PORTAL = "http://localhost:8080";

	/** The text of a message's part of this type ("text/plain", "text/html"), or null. */
	public static String part(Part message, String type) throws Exception {
		if (message.isMimeType(type)) {
			return (String) message.getContent();
		}
		if (message.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The path of the first link of {@code text} to the portal's {@code path}. */
	public static String link(String text, String path) {
		Matcher link = Pattern.compile(Pattern.quote(PORTAL + path) + "[^\\s\"<>]+").matcher(text);
		if (!link.find()) {
			throw new AssertionError("no link to " + path + " in " + text);
		}
		return link.group().substring(PORTAL.length());
	}

	/** The first recipient of a message. */
	public static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
