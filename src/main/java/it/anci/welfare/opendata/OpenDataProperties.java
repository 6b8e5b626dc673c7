package it.anci.welfare.opendata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the DCAT-AP_IT catalogue says of its publisher that the data does not: the
 * identifier of the agent ({@code PORTAL_OPENDATA_PUBLISHER_ID}: the IPA code, or the
 * codice fiscale, as the national catalogue asks before harvesting; until it is set the
 * portal's own identifier "anci-umbria") and the contact e-mail
 * ({@code PORTAL_CONTACT_EMAIL}, the one the pages show; without it no contact point is
 * declared).
 */
@Component
public class OpenDataProperties {

	private final String publisherId;

	private final String contactEmail;

	OpenDataProperties(@Value("${portal.opendata.publisher-id:anci-umbria}") String publisherId,
			@Value("${portal.contact-email:}") String contactEmail) {
		this.publisherId = publisherId.strip();
		this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
	}

	public String publisherId() {
		return this.publisherId;
	}

	public String contactEmail() {
		return this.contactEmail;
	}

}
