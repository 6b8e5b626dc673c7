package it.anci.welfare.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public site is open; {@code /admin/**} needs a staff login, accounts and the audit
 * log need ADMIN. Strict headers on every response: no inline script or style is ever
 * needed by our pages.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	static final String LOGIN_FAILED = "/login?errore";

	/** Back-office areas reserved to ADMIN; the rest of /admin is open to EDITOR too. */
	static final String[] ADMIN_ONLY = { "/admin/utenti/**", "/admin/registro/**", "/admin/tassonomie/**",
			"/admin/utenti", "/admin/registro", "/admin/tassonomie", "/admin/pratiche/importa",
			"/admin/pratiche/importa/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
		var success = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					org.springframework.security.core.Authentication authentication)
					throws IOException, ServletException {
				throttle.recordSuccess(authentication.getName(), request.getRemoteAddr());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		success.setDefaultTargetUrl("/admin");
		http.authorizeHttpRequests(requests -> requests.requestMatchers(ADMIN_ONLY)
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin", "/admin/**")
			.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
			.anyRequest()
			.permitAll())
			.formLogin(
					form -> form.loginPage("/login").successHandler(success).failureHandler((request, response, ex) -> {
						throttle.recordFailure(String.valueOf(request.getParameter("username")),
								request.getRemoteAddr());
						response.sendRedirect(request.getContextPath() + LOGIN_FAILED);
					}).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?uscito"))
			// the page ratings are anonymous and change nothing of anyone's: a token
			// would open a session per visitor;
			// the one-click unsubscribe of search alerts is posted by mail clients (RFC
			// 8058), which have no token
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new MultipartCsrfTokenHandler())
				.ignoringRequestMatchers("/valutazioni", "/valutazioni/*", "/avvisi/disdici/*"))
			.addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions
					.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * Refuses a login attempt while the name from this address, or the address, is
	 * throttled, with the usual failure message.
	 */
	static final class ThrottleFilter extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		ThrottleFilter(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String username = String.valueOf(request.getParameter("username"));
			if (this.throttle.blocked(username, request.getRemoteAddr())) {
				this.throttle.recordFailure(username, request.getRemoteAddr());
				response.sendRedirect(request.getContextPath() + LOGIN_FAILED);
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
