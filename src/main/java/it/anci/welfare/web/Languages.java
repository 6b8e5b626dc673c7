package it.anci.welfare.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface speaks Italian (the default) and English; content (cards, news) stays as
 * written. The language comes from {@code ?lang=} (the header's switch and the
 * {@code hreflang} links, remembered in the {@value #COOKIE} cookie), else from the
 * browser's {@code Accept-Language}, else Italian.
 */
@Configuration
class Languages implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

	static final String PARAMETER = "lang";

	static final String COOKIE = "lang";

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(SUPPORTED);
		browser.setDefaultLocale(Locale.ITALIAN);
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(browser::resolveLocale);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				// only the two languages of the interface; anything else is ignored
				return !supported(request.getParameter(PARAMETER)) || super.preHandle(request, response, handler);
			}
		};
		change.setParamName(PARAMETER);
		registry.addInterceptor(change);
	}

	/** The language asked in the address, or null when it asks none we speak. */
	static Locale asked(HttpServletRequest request) {
		String value = request.getParameter(PARAMETER);
		return supported(value) ? Locale.forLanguageTag(value) : null;
	}

	private static boolean supported(String value) {
		return value != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(value));
	}

}
