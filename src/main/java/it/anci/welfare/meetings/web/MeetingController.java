package it.anci.welfare.meetings.web;

import java.util.List;

import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.Slugs;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.FileDownloads;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingCalendar;
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

/** The public meeting pages: the list, a meeting, its documents and its calendars. */
@Controller
class MeetingController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final MeetingService meetings;

	private final MeetingCalendar calendar;

	private final Attachments attachments;

	private final FileDownloads downloads;

	private final MeetingPage page;

	MeetingController(MeetingService meetings, MeetingPage page, MeetingCalendar calendar, Attachments attachments,
			FileDownloads downloads) {
		this.meetings = meetings;
		this.page = page;
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
		return this.page.show(this.meetings.bySlug(slug), model);
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

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
