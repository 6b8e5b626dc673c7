package it.anci.welfare.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a message from its two templates, {@code templates/mail/<name>.txt} (plain text)
 * and {@code <name>.html}, with the portal's address for links and the common footer. Its
 * own template engine: messages are written outside any web request (a background digest,
 * for one), so links are absolute and never depend on the request.
 */
@Component
public class MailComposer {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final String portalUrl;

	MailComposer(@Value("${portal.base-url}") String portalUrl, MessageSource messages) {
		this.portalUrl = portalUrl.replaceAll("/+$", "");
		// the texts of i18n/mail.properties, in Italian (see compose)
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 1));
		this.engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 2));
	}

	/**
	 * The portal's public address without a trailing slash, e.g.
	 * {@code https://welfare.anciumbria.it}.
	 */
	public String portalUrl() {
		return this.portalUrl;
	}

	public OutgoingMail compose(String to, String subject, String template, Map<String, ?> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("portalUrl", this.portalUrl);
		all.put("subject", subject);
		Context context = new Context(Locale.ITALY, all);
		return OutgoingMail.of(to, subject, this.engine.process(template + ".txt", context),
				this.engine.process(template + ".html", context));
	}

	private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		resolver.setCacheable(true);
		return resolver;
	}

}
