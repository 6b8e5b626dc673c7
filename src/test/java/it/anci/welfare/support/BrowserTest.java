package it.anci.welfare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole portal (as {@link PortalTest}) and a Chromium for the test class: its
 * {@code static Browser} field is set before the first test, the pages a test opened are
 * closed after it (unless {@link Browser#kept kept}) and the browser after the last one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@ExtendWith(BrowserTest.Lifecycle.class)
public @interface BrowserTest {

	final class Lifecycle implements BeforeAllCallback, AfterEachCallback {

		@Override
		public void beforeAll(ExtensionContext context) throws Exception {
			Browser browser = new Browser();
			// closed by JUnit with the class's store, after the last test of the class
			store(context).put(Browser.class, browser);
			for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
				if (field.getType() == Browser.class && Modifier.isStatic(field.getModifiers())) {
					field.setAccessible(true);
					field.set(null, browser);
				}
			}
		}

		@Override
		public void afterEach(ExtensionContext context) {
			store(context).get(Browser.class, Browser.class).closePages();
		}

		private static ExtensionContext.Store store(ExtensionContext context) {
			return context.getStore(ExtensionContext.Namespace.create(Lifecycle.class));
		}

	}

}
