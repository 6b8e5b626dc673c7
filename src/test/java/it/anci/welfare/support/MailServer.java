package it.anci.welfare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) in the tests' JVM on a free port, and the properties
 * that point the portal at it. The outbox worker's own schedule is set far off, so that a
 * test decides when the outbox is sent.
 */
public final class MailServer {

	private MailServer() {
	}

	public static GreenMailExtension extension() {
		return new GreenMailExtension(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withPerMethodLifecycle(false);
	}

	public static void register(GreenMailExtension server, DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server.getSmtp().getPort());
		registry.add("portal.mail.poll-interval", () -> "1h");
		registry.add("portal.mail.from", () -> "portale@anci-umbria.example");
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
