package it.anci.welfare.web;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * X-Forwarded-For, -Host and -Proto are believed only from the proxies the operator lists
 * in PORTAL_TRUSTED_PROXIES (addresses, comma-separated; none by default). Tomcat's own
 * default trusts every private and loopback address, so any local client could point the
 * login redirect at another host or dodge the per-address login limit (issue 11).
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

	private final String internalProxies;

	TrustedProxies(@Value("${portal.trusted-proxies:}") String addresses) {
		this.internalProxies = regex(addresses);
	}

	/**
	 * "10.0.0.2, ::1" → "10\.0\.0\.2|::1"; empty → null, which Tomcat reads as "trust no
	 * proxy".
	 */
	static String regex(String addresses) {
		String regex = Arrays.stream(addresses.split(","))
			.map(String::strip)
			.filter(address -> !address.isEmpty())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		return regex.isEmpty() ? null : regex;
	}

	@Override
	public void customize(TomcatWebServerFactory factory) {
		factory.getEngineValves()
			.stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.forEach(valve -> valve.setInternalProxies(this.internalProxies));
	}

	/** After Spring Boot's own customizer, which adds the valve. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
