package it.anci.welfare.meetings.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.Slugs;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.FileDownloads;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingCalendar;
import it.anci.welfare.meetings.MeetingMentions;
import it.anci.welfare.meetings.MeetingService;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class MeetingController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private static final DateTimeFormatter UTC_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(java.time.ZoneOffset.UTC);

	private final MeetingService meetings;

	private final MeetingCalendar calendar;

	private final Attachments attachments;

	private final FileDownloads downloads;

	private final List<MeetingMentions> mentions;

	MeetingController(MeetingService meetings, MeetingCalendar calendar, Attachments attachments,
			FileDownloads downloads, List<MeetingMentions> mentions) {
		this.mentions = mentions;
		this.meetings = meetings;
		this.calendar = calendar;
		this.attachments = attachments;
		this.downloads = downloads;
	}

	@GetMapping("/riunioni")
	String list(@RequestParam(name = "anno", required = false) String year,
			@RequestParam(name = "organo", required = false) String body, Model model) {
		MeetingService.MeetingList list = this.meetings.list(year, body);
		model.addAttribute("list", list);
		model.addAttribute("calendars", CalendarLink.all(list.bodies(), baseUrl()));
		return "meetings/list";
	}

	@GetMapping("/riunioni/{slug}")
	String show(@PathVariable String slug, Model model) {
		Meeting meeting = this.meetings.bySlug(slug);
		model.addAttribute("meeting", meeting);
		model.addAttribute("over", this.meetings.isOver(meeting));
		model.addAttribute("attachments", this.attachments.of(Attachment.Owner.MEETING, meeting.id()));
		model.addAttribute("mentions",
				this.mentions.stream()
					.flatMap(m -> m.of(meeting.slug()).stream())
					.filter(m -> !m.path().equals("/notizie/" + meeting.newsSlug()))
					.toList());
		model.addAttribute("googleUrl", googleUrl(meeting));
		model.addAttribute("outlookUrl", outlookUrl(meeting));
		return "meetings/show";
	}

	/**
	 * A file attached to a published meeting; the meeting's slug keeps drafts' files
	 * private.
	 */
	@GetMapping("/riunioni/{slug}/allegati/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable long id, WebRequest webRequest,
			HttpServletRequest request) {
		Meeting meeting = this.meetings.bySlug(slug);
		return this.downloads.serve(this.attachments.file(Attachment.Owner.MEETING, meeting.id(), id), webRequest,
				request);
	}

	/**
	 * The calendar to subscribe to: every meeting, or one body's with {@code ?organo=}
	 * (its name or short name).
	 */
	@GetMapping("/riunioni/calendario.ics")
	ResponseEntity<String> calendar(@RequestParam(name = "organo", required = false) String body) {
		if (body != null && !body.isBlank()) {
			return bodyCalendar(Slugs.of(body));
		}
		return subscription(this.meetings.all(), "riunioni-anci-umbria.ics", CalendarLink.ALL_NAME,
				"/riunioni/calendario.ics");
	}

	/**
	 * The short address of a body's calendar:
	 * {@code /riunioni/calendario/consulta-…-welfare.ics}.
	 */
	@GetMapping("/riunioni/calendario/{body}.ics")
	ResponseEntity<String> bodyCalendar(@PathVariable String body) {
		List<Meeting> ofBody = this.meetings.all()
			.stream()
			.filter(m -> m.bodyName() != null && Slugs.of(m.bodyName()).equals(body))
			.toList();
		if (ofBody.isEmpty()) {
			throw new NotFoundException("meeting body " + body);
		}
		return subscription(ofBody, "riunioni-" + body + ".ics", CalendarLink.bodyName(ofBody.get(0).bodyName()),
				CalendarLink.path(ofBody.get(0).bodyName()));
	}

	/**
	 * Served inline: calendar applications subscribe to it, a browser shows or saves it.
	 */
	private ResponseEntity<String> subscription(List<Meeting> meetings, String filename, String name, String path) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(this.calendar.subscription(meetings, baseUrl(), name, baseUrl() + path));
	}

	@GetMapping("/riunioni/{slug}.ics")
	ResponseEntity<String> meetingIcs(@PathVariable String slug) {
		Meeting meeting = this.meetings.bySlug(slug);
		return ics(List.of(meeting), slug + ".ics", meeting.title());
	}

	private ResponseEntity<String> ics(List<Meeting> meetings, String filename, String name) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(this.calendar.ics(meetings, baseUrl(), name));
	}

	private String googleUrl(Meeting meeting) {
		return UriComponentsBuilder.fromUriString("https://calendar.google.com/calendar/render")
			.queryParam("action", "TEMPLATE")
			.queryParam("text", meeting.title())
			.queryParam("dates", UTC_BASIC.format(meeting.startsAt()) + "/" + UTC_BASIC.format(meeting.endsAt()))
			.queryParam("location", meeting.location())
			.queryParam("details", baseUrl() + "/riunioni/" + meeting.slug())
			.encode()
			.build()
			.toUriString();
	}

	private String outlookUrl(Meeting meeting) {
		return UriComponentsBuilder.fromUriString("https://outlook.office.com/calendar/0/deeplink/compose")
			.queryParam("path", "/calendar/action/compose")
			.queryParam("rru", "addevent")
			.queryParam("subject", meeting.title())
			.queryParam("startdt", meeting.startsAt().toString())
			.queryParam("enddt", meeting.endsAt().toString())
			.queryParam("location", meeting.location())
			.queryParam("body", baseUrl() + "/riunioni/" + meeting.slug())
			.encode()
			.build()
			.toUriString();
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
