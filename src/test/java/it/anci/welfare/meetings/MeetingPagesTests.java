package it.anci.welfare.meetings;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The three seed meetings, the upcoming/archive split and the iCalendar files. */
@PortalTest
class MeetingPagesTests {

	@LocalServerPort
	int port;

	@Test
	void theFifthOfFebruaryMeetingHasItsVenueTimeAndWorkingGroups() {
		var page = Http.get(this.port, "/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("mercoledì 5 febbraio 2020, ore 10:00", "Sala Falcone Borsellino",
				"Piazza Italia 11", "Perugia", "Gruppi di lavoro", "Linee guida tutela dei minori", "Anziani", "Disabili",
				"Case popolari", "Riunione conclusa", "Google Calendar", "Outlook",
				"href=\"/notizie/convocazione-incontro-welfare-comuni-capofila-5-febbraio-2020\"");
		assertThat(page.body().split("<li><strong>").length - 1).isEqualTo(4);
	}

	@Test
	void theConsultaAndTheSeminarArePublished() {
		assertThat(Http.get(this.port, "/riunioni/consulta-welfare-23-gennaio-2020").body())
			.contains("Consulta Politiche di coesione sociale e Welfare", "giovedì 23 gennaio 2020, ore 10:00", "Perugia");
		assertThat(Http.get(this.port, "/riunioni/seminario-gioco-dazzardo-patologico-18-marzo-2019").body())
			.contains("lunedì 18 marzo 2019, ore 09:00", "13:00", "Villa Umbra");
	}

	@Test
	void pastMeetingsAreInTheArchiveLatestFirstAndFilterable() {
		String list = Http.get(this.port, "/riunioni").body();
		assertThat(list).contains("Non ci sono riunioni in programma.");
		assertThat(list.indexOf("5 febbraio 2020")).isLessThan(list.indexOf("23 gennaio 2020"));
		assertThat(list.indexOf("23 gennaio 2020")).isLessThan(list.indexOf("18 marzo 2019"));
		String only2019 = Http.get(this.port, "/riunioni?anno=2019").body();
		assertThat(only2019).contains("18 marzo 2019").doesNotContain("5 febbraio 2020");
		assertThat(Http.get(this.port, "/riunioni?anno=1850").body()).contains("anno «1850» non ha riunioni ed è stato ignorato");
		assertThat(Http.get(this.port, "/riunioni/non-esiste").statusCode()).isEqualTo(404);
	}

	@Test
	void eachIcsParsesAndStartsAtTenRomeTime() {
		var response = Http.get(this.port, "/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020.ics", "text/calendar");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
		String body = response.body();
		assertThat(body).contains("BEGIN:VTIMEZONE", "TZID:Europe/Rome", "DTSTART;TZID=Europe/Rome:20200205T100000", "UID:",
				"DTSTAMP:", "LOCATION:Sala Falcone Borsellino");
		assertThat(body.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		ICalendar calendar = Biweekly.parse(body).first();
		VEvent event = calendar.getEvents().get(0);
		ZonedDateTime start = event.getDateStart().getValue().toInstant().atZone(ZoneId.of("Europe/Rome"));
		assertThat(start.getHour()).isEqualTo(10);
		assertThat(start.toLocalDate()).hasToString("2020-02-05");
		assertThat(event.getUrl().getValue()).endsWith("/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020");
	}

	@Test
	void theSubscribableCalendarHasEveryMeeting() {
		ICalendar calendar = Biweekly.parse(Http.get(this.port, "/riunioni/calendario.ics", "text/calendar").body()).first();
		assertThat(calendar.getEvents()).hasSize(3);
		assertThat(calendar.getEvents()).allSatisfy(e -> assertThat(e.getDateStart().getValue().toInstant()
			.atZone(ZoneId.of("Europe/Rome")).getHour()).isIn(9, 10));
	}

}
