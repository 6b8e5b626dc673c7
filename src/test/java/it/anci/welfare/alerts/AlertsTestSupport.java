package it.anci.welfare.alerts;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import it.anci.welfare.mail.MailWorker;
import it.anci.welfare.support.HttpSession;
import it.anci.welfare.support.MailServer;
import it.anci.welfare.support.PortalTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the alert tests share: a real SMTP server (one application context for every
 * subclass), the form posted over real HTTP, the messages read back, and test cards
 * inserted by SQL and removed afterwards (other tests count the seeded cards).
 */
@PortalTest
abstract class AlertsTestSupport {

	static final String TEST_SLUG = "prova-avviso-";

	@RegisterExtension
	static GreenMailExtension smtp = MailServer.extension();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		MailServer.register(smtp, registry);
		// the tests run the digests themselves
		registry.add("portal.alerts.digest-cron", () -> "-");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailWorker worker;

	@Autowired
	AlertDigests digests;

	final HttpSession visitor = new HttpSession();

	static String link(String text, String path) {
		return MailServer.link(text, path);
	}

	static String part(Part message, String type) throws Exception {
		return MailServer.part(message, type);
	}

	@AfterEach
	void cleanUp() throws Exception {
		this.jdbc.sql("delete from alert_recipient").update();
		this.jdbc.sql("delete from mail_message").update();
		this.jdbc.sql("delete from practice where slug like ?").param(TEST_SLUG + "%").update();
		smtp.purgeEmailFromAllMailboxes();
	}

	/**
	 * Posts the form of {@code /avvisi/nuovo?<query>} with the fields given, as a
	 * visitor's browser does.
	 */
	HttpResponse<String> subscribe(String query, Map<String, String> fields) {
		Map<String, String> all = new java.util.LinkedHashMap<>();
		Jsoup.parse(this.visitor.get(this.port, "/avvisi/nuovo?" + query).body())
			.select("form[action=/avvisi] input[type=hidden]")
			.forEach(input -> all.put(input.attr("name"), input.val()));
		all.putAll(fields);
		return this.visitor.post(this.port, "/avvisi", all);
	}

	HttpResponse<String> subscribe(String query, String email, String frequency) {
		return subscribe(query, Map.of("email", email, "frequenza", frequency, "privacy", "true", "sito", ""));
	}

	/** Sends the outbox and returns what arrived since the last purge. */
	List<MimeMessage> delivered() {
		this.worker.sendDue();
		return List.of(smtp.getReceivedMessages());
	}

	/**
	 * A published card copied from the first of the region, with its own slug and times.
	 */
	long card(String regionCode, String name, Instant created, Instant updated) {
		return this.jdbc.sql("""
				insert into practice (slug, title, provenance, status, provider_type, provider_name, comune_code,
				    province_code, region_code, size_class, classification, service_areas, target_groups, interventions,
				    channels, channels_note, tools, tools_note, funding, description, partners, operators_count,
				    technologies, start_date, beneficiaries, operators_feedback, citizens_feedback, innovation,
				    continuation, continuation_note, start_precision, start_basis, key_figures, place_names, created_at,
				    updated_at)
				select ?, ?, provenance, 'PUBLISHED', provider_type, provider_name, comune_code, province_code,
				    region_code, size_class, classification, service_areas, target_groups, interventions, channels,
				    channels_note, tools, tools_note, funding, description, partners, operators_count, technologies,
				    start_date, beneficiaries, operators_feedback, citizens_feedback, innovation, continuation,
				    continuation_note, start_precision, start_basis, key_figures, place_names, ?, ?
				from practice where id = (select min(id) from practice where region_code = ? and status = 'PUBLISHED')
				returning id""")
			.params(TEST_SLUG + name, "Prova avviso " + name, utc(created), utc(updated), regionCode)
			.query(Long.class)
			.single();
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static List<String> subjects(List<MimeMessage> messages) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : messages) {
			subjects.add(message.getSubject());
		}
		return subjects;
	}

}
