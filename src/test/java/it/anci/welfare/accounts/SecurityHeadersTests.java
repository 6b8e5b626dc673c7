package it.anci.welfare.accounts;

import java.util.List;

import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The hardening headers on every kind of page, and operators' endpoints kept private. */
@PortalTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void everyPageCarriesTheStrictHeaders() {
		for (String path : List.of("/", "/pratiche?q=anziani", "/regioni/umbria", "/comuni/054039", "/login",
				"/pagina-inesistente", "/pratiche.csv?regione=umbria", "/assets/css/portal.css")) {
			var headers = Http.get(this.port, path).headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(path)
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline", "unsafe-eval")
				.contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
						"form-action 'self'");
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
			assertThat(headers.firstValue("Permissions-Policy")).as(path).isPresent();
			assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

	@Test
	void actuatorExposesOnlyHealthAndInfo() {
		assertThat(Http.get(this.port, "/actuator/health", "application/json").statusCode()).isEqualTo(200);
		for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
			assertThat(Http.get(this.port, path, "application/json").statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void aLoginRedirectNeverLeavesTheSite() {
		var response = Http.get(this.port, "/login?continue=https://example.org/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("example.org");
	}

}
