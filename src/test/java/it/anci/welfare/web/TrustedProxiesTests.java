package it.anci.welfare.web;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PORTAL_TRUSTED_PROXIES becomes Tomcat's list of proxies whose forwarded headers are
 * believed (issue 11).
 */
class TrustedProxiesTests {

	@Test
	void listedAddressesAndOnlyThemAreTrusted() {
		assertThat(valveAfter("10.0.0.2, ::1").getInternalProxies()).isEqualTo("\\Q10.0.0.2\\E|\\Q::1\\E");
		assertThat(java.util.regex.Pattern.matches(valveAfter("10.0.0.2").getInternalProxies(), "10.0.0.2")).isTrue();
		assertThat(java.util.regex.Pattern.matches(valveAfter("10.0.0.2").getInternalProxies(), "10.0.0.20")).isFalse();
		// Tomcat's default trusts every private and loopback address; empty trusts none
		assertThat(new RemoteIpValve().getInternalProxies()).isNotNull();
		assertThat(valveAfter("").getInternalProxies()).isNull();
	}

	private static RemoteIpValve valveAfter(String addresses) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		RemoteIpValve valve = new RemoteIpValve();
		factory.addEngineValves(valve);
		new TrustedProxies(addresses).customize(factory);
		return valve;
	}

}
