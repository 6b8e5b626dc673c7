package it.anci.welfare.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for everything time-dependent (upcoming meetings, publication times),
 * replaceable in tests.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	public static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@Bean
	Clock clock() {
		return Clock.system(ROME);
	}

}
