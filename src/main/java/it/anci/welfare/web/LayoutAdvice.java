package it.anci.welfare.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the layout the current path, so the header can mark the active section, and the association's contact
 * address where one is configured (PORTAL_CONTACT_EMAIL).
 */
@ControllerAdvice
class LayoutAdvice {

	private final String contactEmail;

	LayoutAdvice(@Value("${portal.contact-email:}") String contactEmail) {
		this.contactEmail = contactEmail.isBlank() ? null : contactEmail.strip();
	}

	@ModelAttribute("contactEmail")
	String contactEmail() {
		return this.contactEmail;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
