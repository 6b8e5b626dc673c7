package it.anci.welfare.mail;

import java.util.List;
import java.util.Map;

/**
 * An e-mail as a feature writes it: plain text and HTML of the same content, extra
 * headers (List-Unsubscribe…) and files (an .ics invitation…). Written to the outbox,
 * never sent directly.
 */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers,
		List<Attachment> attachments) {

	public record Attachment(String filename, String mediaType, byte[] content) {
	}

	public static OutgoingMail of(String to, String subject, String text, String html) {
		return new OutgoingMail(to, subject, text, html, Map.of(), List.of());
	}

	public OutgoingMail withHeader(String name, String value) {
		Map<String, String> more = new java.util.LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new OutgoingMail(this.to, this.subject, this.text, this.html, more, this.attachments);
	}

	public OutgoingMail withAttachment(Attachment attachment) {
		List<Attachment> more = new java.util.ArrayList<>(this.attachments);
		more.add(attachment);
		return new OutgoingMail(this.to, this.subject, this.text, this.html, this.headers, more);
	}

}
