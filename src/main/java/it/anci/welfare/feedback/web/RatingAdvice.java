package it.anci.welfare.feedback.web;

import it.anci.welfare.feedback.PageRatings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout which page the rating box rates: every public page (path and query, to
 * come back to it), none on error pages, staff pages, the login or the pages of a search
 * alert's private links (a rating would store the link's token where staff read it).
 */
@ControllerAdvice
class RatingAdvice {

	@ModelAttribute("ratingPage")
	String ratingPage(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (request.getDispatcherType() != DispatcherType.REQUEST || !"GET".equals(request.getMethod())
				|| path.startsWith("/admin") || path.startsWith("/login")
				|| path.matches("/avvisi/(conferma|disdici|gestisci)/.*")) {
			return null;
		}
		String page = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
		return PageRatings.isPage(page) ? page : null;
	}

}
