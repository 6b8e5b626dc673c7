package it.anci.welfare.meetings.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.FileDownloads;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingCalendar;
import it.anci.welfare.meetings.MeetingKind;
import it.anci.welfare.meetings.MeetingMentions;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.meetings.MeetingService.MeetingList;
import it.anci.welfare.support.WebSliceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The public meeting pages in a web slice: what the page offers for a meeting to come,
 * one that is over and one that was cancelled, and the list's sections, with the services
 * mocked and no database.
 */
@WebSliceTest(MeetingController.class)
@Import(MeetingPage.class)
class MeetingControllerSliceTests {

	private static final Instant START = Instant.parse("2030-03-18T09:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	MeetingService meetings;

	@MockitoBean
	MeetingCalendar calendar;

	@MockitoBean
	Attachments attachments;

	@MockitoBean
	FileDownloads downloads;

	@MockitoBean
	MeetingMentions mentions;

	@Test
	void aMeetingToComeOffersTheCalendarButtons() {
		given(this.meetings.bySlug("consulta-welfare")).willReturn(meeting(false));

		Document page = page(this.mvc.get().uri("/riunioni/consulta-welfare").exchange());
		assertThat(page.select("main h1").text()).isEqualTo("Consulta Welfare");
		assertThat(page.select("main .callout")).isEmpty();
		assertThat(page.select("#calendar-title").text()).isEqualTo("Aggiungi al calendario");
		assertThat(page.select("section[aria-labelledby=calendar-title] a").eachAttr("href")).first()
			.isEqualTo("/riunioni/consulta-welfare.ics");
		assertThat(page.select("dl.meeting-facts dt").eachText()).containsExactly("Convocata da", "Data e ora",
				"Modalità", "Luogo", "Città");
		assertThat(page.select("main time").attr("datetime")).startsWith("2030-03-18T10:00");
	}

	@Test
	void aMeetingThatIsOverSaysSoAndOffersNoCalendar() {
		Meeting meeting = meeting(false);
		given(this.meetings.bySlug("consulta-welfare")).willReturn(meeting);
		given(this.meetings.isOver(meeting)).willReturn(true);

		Document page = page(this.mvc.get().uri("/riunioni/consulta-welfare").exchange());
		assertThat(page.select("main .callout-title").eachText()).containsExactly("Riunione conclusa");
		assertThat(page.select("#calendar-title")).isEmpty();
	}

	@Test
	void aCancelledMeetingIsMarkedAndOffersNoCalendar() {
		given(this.meetings.bySlug("consulta-welfare")).willReturn(meeting(true));

		Document page = page(this.mvc.get().uri("/riunioni/consulta-welfare").exchange());
		assertThat(page.select("main .callout-title").eachText()).containsExactly("Annullata");
		assertThat(page.select("#calendar-title")).isEmpty();
	}

	@Test
	void theListSeparatesUpcomingMeetingsFromTheArchive() {
		given(this.meetings.list(null, null)).willReturn(new MeetingList(List.of(meeting(false)), List.of(),
				List.of(2030), List.of("Consulta Welfare e Politiche sociali"), null, null, List.of()));

		Document page = page(this.mvc.get().uri("/riunioni").exchange());
		assertThat(page.select("section[aria-labelledby=upcoming-title] article.meeting-item h3 a").eachAttr("href"))
			.containsExactly("/riunioni/consulta-welfare");
		assertThat(page.select("section[aria-labelledby=past-title] article")).isEmpty();
		assertThat(page.select("section[aria-labelledby=past-title] p").text())
			.isEqualTo("Nessuna riunione conclusa con i filtri scelti.");
	}

	@Test
	void anUnknownMeetingIsA404() {
		given(this.meetings.bySlug("non-esiste")).willThrow(new NotFoundException("meeting non-esiste"));
		assertThat(this.mvc.get().uri("/riunioni/non-esiste").exchange()).hasStatus(404);
	}

	private static Meeting meeting(boolean cancelled) {
		return new Meeting(3, "consulta-welfare", "Consulta Welfare", "Consulta Welfare e Politiche sociali",
				MeetingKind.IN_PRESENZA, START, START.plusSeconds(7200), false, "Sala Brugnoli", null, "Perugia", null,
				"<p>Ordine del giorno in allegato.</p>", null, null, List.of(), List.of(), START.minusSeconds(86_400),
				cancelled, cancelled ? 1 : 0);
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
