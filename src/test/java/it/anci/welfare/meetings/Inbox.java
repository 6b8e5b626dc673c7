package it.anci.welfare.meetings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the messages GreenMail received: the latest to an address, a MIME part, the
 * .ics invitation.
 */
final class Inbox {

	private Inbox() {
	}

	static String part(Part message, String type) throws Exception {
		return it.anci.welfare.support.MailServer.part(message, type);
	}

	/** The latest message to {@code address}. */
	static MimeMessage last(GreenMailExtension smtp, String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).reduce((first, second) -> second).orElseThrow();
	}

	/**
	 * The message's .ics, parsed by biweekly: one event, with the METHOD and SEQUENCE
	 * expected.
	 */
	static VEvent invitation(MimeMessage message, String method, int sequence) throws Exception {
		List<Part> calendars = new ArrayList<>();
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			if (multipart.getBodyPart(i).getFileName() != null
					&& multipart.getBodyPart(i).getFileName().endsWith(".ics")) {
				calendars.add(multipart.getBodyPart(i));
			}
		}
		assertThat(calendars).hasSize(1);
		assertThat(calendars.get(0).getContentType()).containsIgnoringCase("text/calendar")
			.containsIgnoringCase("method=" + method);
		ICalendar calendar = Biweekly.parse(calendars.get(0).getInputStream()).first();
		assertThat(calendar.getMethod().getValue()).isEqualTo(method);
		assertThat(calendar.getEvents()).hasSize(1);
		VEvent event = calendar.getEvents().get(0);
		assertThat(event.getSequence().getValue()).isEqualTo(sequence);
		return event;
	}

}
