package it.anci.welfare.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives the layout the current path, so the header can mark the active section, and the
 * association's contacts as configured (PORTAL_CONTACT_EMAIL, PORTAL_DPO_EMAIL,
 * PORTAL_POSTAL_ADDRESS) for every page that tells a user to write, and the page's
 * address in each language.
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

	/**
	 * The same page in each language of the interface (the switch and the
	 * {@code hreflang} links), and without a choice ({@code x-default}: the browser's
	 * language).
	 */
	record LanguageLinks(String italian, String english, String browserDefault) {

		static LanguageLinks of(HttpServletRequest request) {
			// without Spring Security's "continue" (the saved request's marker, whatever
			// it says):
			// the login page never repeats an address it was given
			ServletUriComponentsBuilder page = ServletUriComponentsBuilder.fromRequest(request);
			page.replaceQueryParam("continue");
			return new LanguageLinks(page.replaceQueryParam(Languages.PARAMETER, "it").toUriString(),
					page.replaceQueryParam(Languages.PARAMETER, "en").toUriString(),
					page.replaceQueryParam(Languages.PARAMETER).toUriString());
		}

	}

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request) {
		return LanguageLinks.of(request);
	}

	private static String orNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
