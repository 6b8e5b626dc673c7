package it.anci.welfare.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox worker runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

}
