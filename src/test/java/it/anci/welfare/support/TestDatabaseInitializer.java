package it.anci.welfare.support;

import java.util.Set;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;

/**
 * Points every test application context at the shared {@link TestDatabase}, unless the
 * test sets {@code portal.test.own-database=true} to exercise the portal's own
 * embedded-database start-up. The database is started when a context first asks for
 * {@code spring.datasource.*}, not before: a {@code @WebMvcTest} slice, which has no data
 * source, never starts one.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		if (environment.getProperty("portal.test.own-database", Boolean.class, false)) {
			return;
		}
		environment.getPropertySources().addFirst(new TestDatabaseProperties());
	}

	/**
	 * The shared database's URL and credentials, looked up (and the database started) on
	 * first use.
	 */
	static final class TestDatabaseProperties extends PropertySource<Object> {

		private static final Set<String> NAMES = Set.of("spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password");

		TestDatabaseProperties() {
			super("testDatabase", new Object());
		}

		@Override
		public boolean containsProperty(String name) {
			return NAMES.contains(name);
		}

		@Override
		public Object getProperty(String name) {
			if (!NAMES.contains(name)) {
				return null;
			}
			TestDatabase.Connection db = TestDatabase.connection();
			return switch (name) {
				case "spring.datasource.url" -> db.url();
				case "spring.datasource.username" -> db.username();
				default -> db.password();
			};
		}

	}

}
