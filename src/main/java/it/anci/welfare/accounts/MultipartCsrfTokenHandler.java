package it.anci.welfare.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Upload forms carry the CSRF token in their action's query string. For a multipart
 * request the token is read from there (or the header) only: asking the container for a
 * body parameter would parse the upload before Spring MVC, and an oversized file would
 * end as a bare container error instead of the "file too large" page.
 */
final class MultipartCsrfTokenHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.delegate.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			return this.delegate.resolveCsrfTokenValue(request, csrfToken);
		}
		String fromQuery = request.getQueryString() == null ? null
				: UriComponentsBuilder.newInstance()
					.query(request.getQueryString())
					.build()
					.getQueryParams()
					.getFirst(csrfToken.getParameterName());
		String token = fromQuery == null ? null : UriUtils.decode(fromQuery, StandardCharsets.UTF_8);
		return this.delegate.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {
			@Override
			public String getParameter(String name) {
				return csrfToken.getParameterName().equals(name) ? token : null;
			}
		}, csrfToken);
	}

}
