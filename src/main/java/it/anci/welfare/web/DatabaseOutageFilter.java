package it.anci.welfare.web;

import java.io.IOException;

import it.anci.welfare.database.DatabaseStatus;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database does not answer, every page that needs it gets the 503 page at once.
 * First in the chain: the session filter reads staff sessions from the database and would
 * wait for it. Static files and the health endpoint keep working.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private final DatabaseStatus database;

	private final UnavailablePage page;

	DatabaseOutageFilter(DatabaseStatus database, UnavailablePage page) {
		this.database = database;
		this.page = page;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.startsWith("/actuator/")
				|| path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.database.available()) {
			chain.doFilter(request, response);
		}
		else {
			this.page.render(request, response);
		}
	}

}
