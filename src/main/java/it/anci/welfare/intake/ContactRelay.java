package it.anci.welfare.intake;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.PracticeDetails;
import it.anci.welfare.common.RateLimits;
import it.anci.welfare.mail.MailComposer;
import it.anci.welfare.mail.MailOutbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Contatta chi l'ha realizzata": a message about a card, relayed by e-mail to the card's
 * contact address (never shown to the sender) or, when the card has none, to the editors,
 * with a copy to the sender. Only the outbox keeps it.
 */
@Service
@Transactional
public class ContactRelay {

	static final int PER_ADDRESS_PER_HOUR = 5;

	static final int PER_EMAIL_PER_HOUR = 3;

	/**
	 * Who a card's messages go to: its office, the editors, or nobody when the portal has
	 * no editors' address.
	 */
	public enum Recipient {

		OFFICE, EDITORS, NONE

	}

	public enum Outcome {

		SENT, TOO_MANY

	}

	/** The sender and the message, as typed. */
	public record Message(String name, String email, String organisation, String text) {
	}

	private final CatalogueService catalogue;

	private final MailComposer composer;

	private final MailOutbox outbox;

	private final RateLimits limits;

	private final String editorsAddress;

	ContactRelay(CatalogueService catalogue, MailComposer composer, MailOutbox outbox, RateLimits limits,
			@Value("${portal.contact-email:}") String editorsAddress) {
		this.catalogue = catalogue;
		this.composer = composer;
		this.outbox = outbox;
		this.limits = limits;
		this.editorsAddress = editorsAddress.strip();
	}

	@Transactional(readOnly = true)
	public Recipient recipient(PracticeDetails card) {
		if (card.card().contact().email() != null) {
			return Recipient.OFFICE;
		}
		return this.editorsAddress.isEmpty() ? Recipient.NONE : Recipient.EDITORS;
	}

	/**
	 * Relays {@code message} about the published card {@code slug}, unless this sender
	 * wrote too often.
	 */
	public Outcome send(String slug, Message message, String clientAddress) {
		PracticeDetails card = this.catalogue.practice(slug);
		Recipient recipient = recipient(card);
		if (recipient == Recipient.NONE) {
			throw new IllegalStateException("no recipient for " + slug);
		}
		String email = message.email().strip().toLowerCase(java.util.Locale.ROOT);
		if (!this.limits.tryAcquire("contatto:ip:" + clientAddress, PER_ADDRESS_PER_HOUR, Duration.ofHours(1))
				|| !this.limits.tryAcquire("contatto:email:" + email, PER_EMAIL_PER_HOUR, Duration.ofHours(1))) {
			return Outcome.TOO_MANY;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("card", card.title());
		variables.put("cardUrl", this.composer.portalUrl() + "/pratiche/" + slug);
		variables.put("name", message.name().strip());
		variables.put("email", email);
		variables.put("organisation", message.organisation() == null ? "" : message.organisation().strip());
		variables.put("text", message.text().strip());
		variables.put("toEditors", recipient == Recipient.EDITORS);
		String to = recipient == Recipient.OFFICE ? card.card().contact().email() : this.editorsAddress;
		this.outbox.enqueue(
				this.composer
					.compose(to, "Messaggio dal Portale Welfare sulla pratica «" + card.title() + "»", "contact-relay",
							variables)
					.withHeader("Reply-To", email));
		variables.put("copy", true);
		this.outbox.enqueue(this.composer.compose(email, "Copia del suo messaggio sulla pratica «" + card.title() + "»",
				"contact-relay", variables));
		return Outcome.SENT;
	}

}
