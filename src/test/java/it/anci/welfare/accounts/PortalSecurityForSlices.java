package it.anci.welfare.accounts;

import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The portal's own security filter chain (open public site, staff login for
 * {@code /admin/**}, CSRF, strict headers) for {@code @WebMvcTest} slices, which would
 * otherwise get Spring Boot's default chain. The login throttle, which counts failures in
 * PostgreSQL, is a mock that never blocks: slices have no database.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class PortalSecurityForSlices {

	/** The policy the chain sends, for slices that check it. */
	public static final String CONTENT_SECURITY_POLICY = SecurityConfiguration.CONTENT_SECURITY_POLICY;

	@Bean
	LoginThrottle loginThrottle() {
		return Mockito.mock(LoginThrottle.class);
	}

}
