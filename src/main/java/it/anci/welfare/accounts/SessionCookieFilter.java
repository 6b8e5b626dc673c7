package it.anci.welfare.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session cookie that cannot be one of ours is treated as no cookie: Spring Session
 * decodes it and asks PostgreSQL for that id, and "SESSION=AAAA" (a NUL byte) made every
 * page a bare 500 (issue 11). Ours are Base64 of a UUID; an unknown or expired one that
 * looks right is simply not found, and the visitor is anonymous.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 10)
class SessionCookieFilter extends OncePerRequestFilter {

	static final String COOKIE = "SESSION";

	private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Cookie[] cookies = request.getCookies();
		if (cookies == null || Arrays.stream(cookies).allMatch(SessionCookieFilter::acceptable)) {
			chain.doFilter(request, response);
			return;
		}
		Cookie[] kept = Arrays.stream(cookies).filter(SessionCookieFilter::acceptable).toArray(Cookie[]::new);
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public Cookie[] getCookies() {
				return kept.length == 0 ? null : kept;
			}
		}, response);
	}

	static boolean acceptable(Cookie cookie) {
		if (!COOKIE.equals(cookie.getName())) {
			return true;
		}
		try {
			String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			return SESSION_ID.matcher(id).matches();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
