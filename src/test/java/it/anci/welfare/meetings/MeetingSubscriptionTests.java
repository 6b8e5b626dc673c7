package it.anci.welfare.meetings;

import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import it.anci.welfare.common.Slugs;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendars to subscribe to (all meetings, or one body's), parsed by biweekly as a
 * calendar application would.
 */
@PortalTest
class MeetingSubscriptionTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCalendarNamesItselfGivesItsTimeZoneAndHowOftenToRefresh() {
		String ics = Http.get(this.port, "/riunioni/calendario.ics", "text/calendar").body();
		ICalendar calendar = Biweekly.parse(ics).first();
		assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue())
			.isEqualTo("Riunioni – Portale Welfare dei Comuni");
		assertThat(calendar.getExperimentalProperty("X-WR-TIMEZONE").getValue()).isEqualTo("Europe/Rome");
		assertThat(calendar.getExperimentalProperty("X-PUBLISHED-TTL").getValue()).isEqualTo("PT6H");
		assertThat(calendar.getRefreshInterval().getValue().toMillis()).isEqualTo(6 * 3600 * 1000L);
		assertThat(ics).contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n");
		assertThat(calendar.getSource().getValue())
			.isEqualTo("http://localhost:" + this.port + "/riunioni/calendario.ics");
		assertThat(calendar.getEvents()).hasSize(published(null));
	}

	@Test
	void eachBodyHasItsOwnCalendarAtAShortAddressAndThroughOrgano() {
		List<String> bodies = this.jdbc
			.sql("select distinct body_name from meeting where status = 'PUBLISHED' "
					+ "and body_name is not null order by 1")
			.query(String.class)
			.list();
		assertThat(bodies).isNotEmpty();
		for (String body : bodies) {
			String shortPath = "/riunioni/calendario/" + Slugs.of(body) + ".ics";
			ICalendar calendar = Biweekly.parse(Http.get(this.port, shortPath, "text/calendar").body()).first();
			assertThat(calendar.getEvents()).as(body).hasSize(published(body));
			assertThat(calendar.getEvents()).extracting(e -> e.getDescription().getValue())
				.allMatch(d -> d.startsWith("Convocata da: " + body + "."));
			assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("Riunioni – " + body);

			String byName = "/riunioni/calendario.ics?organo="
					+ java.net.URLEncoder.encode(body, java.nio.charset.StandardCharsets.UTF_8);
			ICalendar same = Biweekly.parse(Http.get(this.port, byName, "text/calendar").body()).first();
			assertThat(same.getEvents()).extracting(VEvent::getUid)
				.extracting(u -> u.getValue())
				.containsExactlyElementsOf(calendar.getEvents().stream().map(e -> e.getUid().getValue()).toList());
		}
		assertThat(Http.get(this.port, "/riunioni/calendario/organo-inesistente.ics", "text/calendar").statusCode())
			.isEqualTo(404);
	}

	@Test
	void theMeetingsPageOffersWebcalLinksAndSaysHowToSubscribe() {
		Document page = Jsoup.parse(Http.get(this.port, "/riunioni").body());
		var section = page.selectFirst("section.calendar-subscribe");
		assertThat(section).isNotNull();
		assertThat(section.select("a[href^=webcal://]").eachAttr("href"))
			.contains("webcal://localhost:" + this.port + "/riunioni/calendario.ics");
		assertThat(section.select("code.calendar-url").eachText())
			.contains("http://localhost:" + this.port + "/riunioni/calendario.ics");
		assertThat(section.select("h3").eachText()).containsExactly("Google Calendar (dal computer)", "Outlook",
				"Apple Calendario (iPhone, iPad, Mac)");
		assertThat(section.text()).contains("Da URL", "Sottoscrivi dal Web", "Nuovo abbonamento calendario");
		// one link per body with published meetings, after the one for every meeting
		assertThat(section.select("a[href^=webcal://]"))
			.hasSize(1 + this.jdbc.sql("select count(distinct body_name) " + "from meeting where status = 'PUBLISHED'")
				.query(Integer.class)
				.single());
	}

	private int published(String body) {
		return this.jdbc
			.sql("select count(*) from meeting where status = 'PUBLISHED' and (cast(:body as text) is null "
					+ "or body_name = :body)")
			.param("body", body)
			.query(Integer.class)
			.single();
	}

}
