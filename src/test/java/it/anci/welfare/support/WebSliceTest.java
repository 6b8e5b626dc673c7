package it.anci.welfare.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import it.anci.welfare.accounts.PortalSecurityForSlices;
import it.anci.welfare.common.TimeConfiguration;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A fast slice of the portal for controller tests: Spring MVC with the given controllers,
 * the portal's controller advice (error pages, layout), Thymeleaf and the real security
 * filter chain, and no database (services are {@code @MockitoBean}s). Left out are the
 * filters and interceptors that need the database or describe pages (HTTP caching by
 * content version, the outage filter, page metadata): the full-context tests cover them.
 * Starts in about a second, against 20 s or more for the whole portal.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = { "it\\.anci\\.welfare\\.web\\.PublicPageCaching", "it\\.anci\\.welfare\\.web\\.DatabaseOutageFilter",
				"it\\.anci\\.welfare\\.opendata\\.web\\.PageMetadataInterceptor" }))
@Import({ PortalSecurityForSlices.class, TimeConfiguration.class })
public @interface WebSliceTest {

	/** The controllers to start. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
