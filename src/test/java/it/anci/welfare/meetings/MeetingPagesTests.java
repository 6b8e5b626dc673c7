package it.anci.welfare.meetings;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import it.anci.welfare.support.Http;
import it.anci.welfare.support.PortalTest;
import it.anci.welfare.support.PublishedCounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed meetings, the upcoming/archive split and the iCalendar files. */
@PortalTest
class MeetingPagesTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	MeetingEditor editor;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theFifthOfFebruaryMeetingHasItsVenueTimeAndWorkingGroups() {
		Document page = page("/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020");
		assertThat(facts(page))
			.containsEntry("Data e ora",
					"mercoledì 5 febbraio 2020, ore 10:00 – 13:00 (orario di fine indicativo) (ora italiana)")
			.containsEntry("Luogo", "Sala Falcone Borsellino, Palazzo della Provincia")
			.containsEntry("Indirizzo", "Piazza Italia 11")
			.containsEntry("Città", "Perugia");
		assertThat(page.select("main .callout-title").eachText()).containsExactly("Riunione conclusa");
		assertThat(page.select("main h2").eachText()).contains("Gruppi di lavoro");
		assertThat(page.select("ul.working-groups > li > strong").eachText())
			.containsExactly("Linee guida tutela dei minori", "Anziani", "Disabili", "Case popolari");
		assertThat(page.select("main a").eachAttr("href"))
			.contains("/notizie/convocazione-incontro-welfare-comuni-capofila-5-febbraio-2020");
		// a meeting that is over offers no "add to calendar" (issue 15)
		assertThat(page.select("#calendar-title")).isEmpty();
		assertThat(page.text()).doesNotContain("Aggiungi al calendario", "Google Calendar");
	}

	/**
	 * A meeting to come: the calendar buttons come first, before the documents; facts it
	 * lacks are left out.
	 */
	@Test
	void anUpcomingMeetingOffersTheCalendarFirstAndHidesMissingFacts() {
		java.time.Instant start = java.time.Instant.now()
			.plus(java.time.Duration.ofDays(20))
			.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		long id = this.editor.create(new MeetingEditor.Draft(null, 0, "Prova: incontro dei Comuni capofila", null,
				MeetingKind.IN_PRESENZA, start, start.plusSeconds(7200), false, "Sala Falcone Borsellino", null,
				"Perugia", null, "Incontro di prova.", List.of(), List.of(), null, true), null, "test");
		try {
			String slug = this.jdbc.sql("select slug from meeting where id = ?").param(id).query(String.class).single();
			org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Http.get(this.port, "/riunioni/" + slug).body());
			var aside = page.select("aside > section");
			assertThat(aside.first().select("h2").text()).isEqualTo("Aggiungi al calendario");
			assertThat(aside.first().select("a.btn").eachText()).hasSize(3)
				.first()
				.asString()
				.startsWith("Scarica il file .ics");
			assertThat(page.select("dl.meeting-facts dt").eachText()).doesNotContain("Convocata da", "Indirizzo")
				.contains("Luogo", "Città");
			assertThat(page.text()).doesNotContain("Non indicato");
		}
		finally {
			this.jdbc.sql("delete from meeting where id = ?").param(id).update();
		}
	}

	@Test
	void theConsultaAndTheSeminarArePublished() {
		Document consulta = page("/riunioni/consulta-welfare-23-gennaio-2020");
		assertThat(consulta.select("main h1").text()).contains("Consulta Politiche di coesione sociale e Welfare");
		assertThat(facts(consulta).get("Data e ora")).startsWith("giovedì 23 gennaio 2020, ore 10:00");
		assertThat(facts(consulta).get("Città")).isEqualTo("Perugia");
		Document seminar = page("/riunioni/seminario-gioco-dazzardo-patologico-18-marzo-2019");
		assertThat(facts(seminar).get("Data e ora")).startsWith("lunedì 18 marzo 2019, ore 09:00 – 13:00");
		assertThat(facts(seminar).get("Luogo")).contains("Villa Umbra");
	}

	@Test
	void pastMeetingsAreInTheArchiveLatestFirstAndFilterable() {
		Document list = page("/riunioni");
		assertThat(list.select("section[aria-labelledby=upcoming-title] p").text())
			.isEqualTo("Non ci sono riunioni in programma.");
		List<String> archive = list.select("section[aria-labelledby=past-title] article.meeting-item time")
			.eachAttr("datetime");
		assertThat(archive).hasSize((int) PublishedCounts.meetings(this.jdbc))
			.isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
		assertThat(list.select("section[aria-labelledby=past-title] article.meeting-item time").eachText())
			.containsSubsequence("mercoledì 5 febbraio 2020, 10:00", "giovedì 23 gennaio 2020, 10:00",
					"lunedì 18 marzo 2019, 09:00");
		assertThat(list.select("article.meeting-item .badge").eachText()).containsOnly("Riunione conclusa");
		Document only2019 = page("/riunioni?anno=2019");
		assertThat(only2019.select("article.meeting-item time").eachAttr("datetime")).isNotEmpty()
			.allMatch(d -> d.startsWith("2019-"));
		assertThat(page("/riunioni?anno=1850").select("main .alert").text())
			.contains("anno «1850» non ha riunioni ed è stato ignorato");
		assertThat(Http.get(this.port, "/riunioni/non-esiste").statusCode()).isEqualTo(404);
	}

	private Document page(String path) {
		var response = Http.get(this.port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	/** The meeting's facts, label → text, as the page lists them. */
	private static Map<String, String> facts(Document page) {
		Map<String, String> facts = new LinkedHashMap<>();
		for (Element term : page.select("dl.meeting-facts dt")) {
			facts.put(term.text(), term.nextElementSibling().text());
		}
		return facts;
	}

	@Test
	void eachIcsParsesAndStartsAtTenRomeTime() {
		var response = Http.get(this.port, "/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020.ics",
				"text/calendar");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains("attachment"));
		String body = response.body();
		assertThat(body).contains("BEGIN:VTIMEZONE", "TZID:Europe/Rome", "DTSTART;TZID=Europe/Rome:20200205T100000",
				"UID:", "DTSTAMP:", "LOCATION:Sala Falcone Borsellino");
		assertThat(body.lines())
			.allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
				.isLessThanOrEqualTo(75));
		ICalendar calendar = Biweekly.parse(body).first();
		VEvent event = calendar.getEvents().get(0);
		ZonedDateTime start = event.getDateStart().getValue().toInstant().atZone(ZoneId.of("Europe/Rome"));
		assertThat(start.getHour()).isEqualTo(10);
		assertThat(start.toLocalDate()).hasToString("2020-02-05");
		assertThat(event.getUrl().getValue()).endsWith("/riunioni/incontro-welfare-comuni-capofila-5-febbraio-2020");
	}

	/**
	 * RFC 5545: at most 75 octets a line, after escaping and counting UTF-8 bytes (issue
	 * 11 found 76).
	 */
	@Test
	void everyCalendarLineIsAtMost75Octets() {
		List<String> calendars = new java.util.ArrayList<>(List.of("/riunioni/calendario.ics"));
		page("/riunioni").select("article.meeting-item h3 a")
			.eachAttr("href")
			.stream()
			.map(path -> path + ".ics")
			.distinct()
			.forEach(calendars::add);
		assertThat(calendars).hasSize(1 + (int) PublishedCounts.meetings(this.jdbc));
		for (String url : calendars) {
			String body = Http.get(this.port, url, "text/calendar").body();
			assertThat(body.split("\r\n")).as(url)
				.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line)
					.isLessThanOrEqualTo(75));
		}
	}

	@Test
	void foldingCountsOctetsAndNeverSplitsACharacter() {
		String text = "DESCRIPTION:Convocata da: Consulta per le politiche di coesione sociale\\, welfare e città; "
				+ "perché è così: àèìòù ".repeat(4);
		String folded = MeetingCalendar.foldByOctets("BEGIN:VCALENDAR\r\n" + text + "\r\nEND:VCALENDAR\r\n");
		assertThat(folded.split("\r\n"))
			.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(folded.split("\r\n"))
			.anySatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isEqualTo(75));
		assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VCALENDAR\r\n" + text + "\r\nEND:VCALENDAR\r\n");
		assertThat(folded).doesNotContain("\uFFFD");

		// a meeting whose texts are accented and escaped (commas, semicolons) at every
		// position of a line
		for (int shift = 0; shift < 8; shift++) {
			java.time.Instant start = java.time.Instant.parse("2026-03-18T08:00:00Z");
			Meeting meeting = new Meeting(1, "riunione-di-prova",
					"à".repeat(shift) + "Città, Comunità; Università: è già così ".repeat(3),
					"Consulta per la coesione sociale, il welfare e la città", MeetingKind.IN_PRESENZA, start,
					start.plusSeconds(3600), false, "Sala «Falcone e Borsellino», piano terra", "Piazza Italia, 11",
					"Perugia", null, "", null, null, List.of(), List.of(), start);
			String ics = new MeetingCalendar(java.time.Clock.systemUTC()).ics(List.of(meeting), "http://localhost:8080",
					"Prova");
			assertThat(ics.split("\r\n")).allSatisfy(
					line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
			assertThat(Biweekly.parse(ics).first().getEvents().get(0).getSummary().getValue())
				.isEqualTo(meeting.title());
		}
	}

	@Test
	void theSubscribableCalendarHasEveryMeeting() {
		ICalendar calendar = Biweekly.parse(Http.get(this.port, "/riunioni/calendario.ics", "text/calendar").body())
			.first();
		assertThat(calendar.getEvents()).hasSize((int) PublishedCounts.meetings(this.jdbc)).isNotEmpty();
		assertThat(calendar.getEvents()).allSatisfy(
				e -> assertThat(e.getDateStart().getValue().toInstant().atZone(ZoneId.of("Europe/Rome")).getHour())
					.isIn(9, 10));
	}

}
