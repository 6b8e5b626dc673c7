package it.anci.welfare.news.web;

import java.util.Map;
import java.util.stream.Collectors;

import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.meetings.Meeting;
import it.anci.welfare.meetings.MeetingService;
import it.anci.welfare.news.NewsItem;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of a news item, public or the staff's preview: the item, the meetings its text
 * links to (by slug) and its documents.
 */
@Component
class NewsItemPage {

	private final MeetingService meetings;

	private final Attachments attachments;

	NewsItemPage(MeetingService meetings, Attachments attachments) {
		this.meetings = meetings;
		this.attachments = attachments;
	}

	String show(NewsItem item, Model model) {
		Map<String, Meeting> meetingTitles = this.meetings.all()
			.stream()
			.collect(Collectors.toMap(Meeting::slug, m -> m));
		model.addAttribute("item", item);
		model.addAttribute("meetingTitles", meetingTitles);
		model.addAttribute("attachments", this.attachments.of(Attachment.Owner.NEWS, item.id()));
		return "news/show";
	}

}
