package it.anci.welfare.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at the shared {@link TestDatabase}, unless the test sets
 * {@code portal.test.own-database=true} to exercise the portal's own embedded-database start-up.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		if (environment.getProperty("portal.test.own-database", Boolean.class, false)) {
			return;
		}
		TestDatabase.Connection db = TestDatabase.connection();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase", Map.of("spring.datasource.url", db.url(),
					"spring.datasource.username", db.username(), "spring.datasource.password", db.password())));
	}

}
