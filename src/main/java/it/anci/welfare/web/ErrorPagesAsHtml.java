package it.anci.welfare.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A client that accepts anything (curl, link checkers: "Accept: *&#47;*" or no header)
 * gets the HTML error page, not Spring's JSON: Boot's error controller answers JSON
 * unless HTML is asked for by name. Only error dispatches are touched; a client that asks
 * for JSON still gets JSON.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPagesAsHtml {

	private static final String HTML_FIRST = "text/html, */*;q=0.8";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> htmlErrorPages() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected boolean shouldNotFilterErrorDispatch() {
						return false;
					}

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						String accept = request.getHeader(HttpHeaders.ACCEPT);
						boolean anything = accept == null || accept.isBlank() || accept.strip().startsWith("*/*");
						chain.doFilter(anything && request.getDispatcherType() == DispatcherType.ERROR
								? new HtmlFirst(request) : request, response);
					}

				});
		registration.setDispatcherTypes(DispatcherType.ERROR);
		return registration;
	}

	private static final class HtmlFirst extends HttpServletRequestWrapper {

		HtmlFirst(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? HTML_FIRST : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(HTML_FIRST))
					: super.getHeaders(name);
		}

	}

}
