package it.anci.welfare.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the layout the current path, so the header can mark the active section, and the
 * association's contacts as configured (PORTAL_CONTACT_EMAIL, PORTAL_DPO_EMAIL,
 * PORTAL_POSTAL_ADDRESS) for every page that tells a user to write.
 */
@ControllerAdvice
class LayoutAdvice {

	/**
	 * What is not configured is null: the pages then name the association without
	 * inventing an address.
	 */
	record Contacts(String email, String dpoEmail, String postalAddress) {
	}

	private final Contacts contacts;

	LayoutAdvice(@Value("${portal.contact-email:}") String email, @Value("${portal.dpo-email:}") String dpoEmail,
			@Value("${portal.postal-address:}") String postalAddress) {
		this.contacts = new Contacts(orNull(email), orNull(dpoEmail), orNull(postalAddress));
	}

	@ModelAttribute("contacts")
	Contacts contacts() {
		return this.contacts;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	private static String orNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
