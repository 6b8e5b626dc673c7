package it.anci.welfare.meetings.web;

import java.util.ArrayList;
import java.util.List;

import it.anci.welfare.common.Slugs;

/**
 * A calendar to subscribe to, with its {@code https} address (Google, Outlook: "add from
 * URL") and its {@code webcal} one (Apple Calendar and most desktop applications open it
 * as a subscription). The name is a body's, or null for the calendar of every meeting.
 */
record CalendarLink(String name, String url, String webcalUrl) {

	static final String ALL_NAME = "Riunioni – Portale Welfare dei Comuni";

	static List<CalendarLink> all(List<String> bodies, String baseUrl) {
		List<CalendarLink> links = new ArrayList<>();
		// every meeting: no name of its own, the page says it in the reader's language
		links.add(of(null, baseUrl + "/riunioni/calendario.ics"));
		bodies.forEach(body -> links.add(of(body, baseUrl + path(body))));
		return links;
	}

	static String path(String body) {
		return "/riunioni/calendario/" + Slugs.of(body) + ".ics";
	}

	static String bodyName(String body) {
		return "Riunioni – " + body;
	}

	private static CalendarLink of(String name, String url) {
		return new CalendarLink(name, url, url.replaceFirst("^https?://", "webcal://"));
	}

}
