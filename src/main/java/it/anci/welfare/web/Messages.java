package it.anci.welfare.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The interface's texts, read from the {@code spring.messages.*} settings as Spring Boot
 * would, with one difference: Spring formats a message with arguments inside
 * {@code synchronized} on the one {@link MessageFormat} it keeps per key and language, so
 * concurrent pages queue on the keys every page uses (facet counts, the page
 * description). A JFR profile of {@code /pratiche} under 32 clients showed 2.7 request
 * threads waiting there on average (perf/README.md, issue 16). Here each lookup formats
 * with its own copy of the parsed message.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessageSourceProperties.class)
class Messages {

	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		ResourceBundleMessageSource source = new UncontendedMessageSource();
		source.setBasenames(properties.getBasename().stream().map(String::trim).toArray(String[]::new));
		if (properties.getEncoding() != null) {
			source.setDefaultEncoding(properties.getEncoding().name());
		}
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			source.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return source;
	}

	static final class UncontendedMessageSource extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return (shared != null) ? (MessageFormat) shared.clone() : null;
		}

	}

}
