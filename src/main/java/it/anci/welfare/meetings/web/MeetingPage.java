package it.anci.welfare.meetings.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingMentions;
import it.anci.welfare.meetings.MeetingService;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page of a meeting, public or the staff's preview: the meeting, whether it is over,
 * its documents, the pages that mention it and the links that add it to Google's or
 * Outlook's calendar.
 */
@Component
class MeetingPage {

	private static final DateTimeFormatter UTC_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final MeetingService meetings;

	private final Attachments attachments;

	private final List<MeetingMentions> mentions;

	MeetingPage(MeetingService meetings, Attachments attachments, List<MeetingMentions> mentions) {
		this.meetings = meetings;
		this.attachments = attachments;
		this.mentions = mentions;
	}

	String show(Meeting meeting, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("over", this.meetings.isOver(meeting));
		model.addAttribute("attachments", this.attachments.of(Attachment.Owner.MEETING, meeting.id()));
		// the news item the meeting announces is linked on its own
		model.addAttribute("mentions",
				this.mentions.stream()
					.flatMap(m -> m.of(meeting.slug()).stream())
					.filter(m -> !m.path().equals("/notizie/" + meeting.newsSlug()))
					.toList());
		model.addAttribute("googleUrl", googleUrl(meeting));
		model.addAttribute("outlookUrl", outlookUrl(meeting));
		return "meetings/show";
	}

	private static String googleUrl(Meeting meeting) {
		return UriComponentsBuilder.fromUriString("https://calendar.google.com/calendar/render")
			.queryParam("action", "TEMPLATE")
			.queryParam("text", meeting.title())
			.queryParam("dates", UTC_BASIC.format(meeting.startsAt()) + "/" + UTC_BASIC.format(meeting.endsAt()))
			.queryParam("location", meeting.location())
			.queryParam("details", publicUrl(meeting))
			.encode()
			.build()
			.toUriString();
	}

	private static String outlookUrl(Meeting meeting) {
		return UriComponentsBuilder.fromUriString("https://outlook.office.com/calendar/0/deeplink/compose")
			.queryParam("path", "/calendar/action/compose")
			.queryParam("rru", "addevent")
			.queryParam("subject", meeting.title())
			.queryParam("startdt", meeting.startsAt().toString())
			.queryParam("enddt", meeting.endsAt().toString())
			.queryParam("location", meeting.location())
			.queryParam("body", publicUrl(meeting))
			.encode()
			.build()
			.toUriString();
	}

	private static String publicUrl(Meeting meeting) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + "/riunioni/"
				+ meeting.slug();
	}

}
