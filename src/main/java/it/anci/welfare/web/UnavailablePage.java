package it.anci.welfare.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * "Servizio temporaneamente non disponibile": the 503 page while the database is away,
 * with Retry-After. A staff member who submitted a form sees that nothing was saved and
 * gets back what they typed, to copy.
 */
@Component
class UnavailablePage {

	static final String VIEW = "error/503";

	static final String RETRY_AFTER_SECONDS = "30";

	/**
	 * Never shown back: the token, any password typed into a form, and the language asked
	 * in the address (nothing the user typed).
	 */
	private static final Set<String> HIDDEN = Set.of("_csrf", "password", "currentPassword", "newPassword",
			"confirmation", "repeatPassword", Languages.PARAMETER);

	private final ITemplateEngine templates;

	private final LocaleResolver languages;

	UnavailablePage(ITemplateEngine templates, LocaleResolver languages) {
		this.templates = templates;
		this.languages = languages;
	}

	/** A field as the user typed it. */
	record TypedField(String name, String value) {
	}

	/**
	 * Written by a filter, before any controller or session lookup can wait for the
	 * database.
	 */
	void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
		prepare(response);
		response.setContentType("text/html;charset=UTF-8");
		JakartaServletWebApplication application = JakartaServletWebApplication
			.buildApplication(request.getServletContext());
		WebContext context = new WebContext(application.buildExchange(request, response), language(request),
				model(request));
		this.templates.process(VIEW, context, response.getWriter());
	}

	/**
	 * The language of the interface without the database: the one asked in the address,
	 * else the cookie's or the browser's.
	 */
	private Locale language(HttpServletRequest request) {
		Locale asked = Languages.asked(request);
		return asked != null ? asked : this.languages.resolveLocale(request);
	}

	static void prepare(HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	static Map<String, Object> model(HttpServletRequest request) {
		return Map.of("status", 503, "submitted", "POST".equals(request.getMethod()), "typed", typed(request));
	}

	private static List<TypedField> typed(HttpServletRequest request) {
		List<TypedField> fields = new ArrayList<>();
		if (!"POST".equals(request.getMethod())) {
			return fields;
		}
		request.getParameterMap().forEach((name, values) -> {
			if (!HIDDEN.contains(name) && !name.startsWith("_")) {
				for (String value : values) {
					if (value != null && !value.isBlank()) {
						fields.add(new TypedField(name, value));
					}
				}
			}
		});
		return fields;
	}

}
