package it.anci.welfare.meetings;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import it.anci.welfare.common.TimeConfiguration;

/**
 * A published meeting convocation. Times are instants; pages show them in Europe/Rome. A
 * cancelled meeting stays public, marked «Annullata»; {@code sequence} is the iCalendar
 * SEQUENCE of its invitations.
 */
public record Meeting(long id, String slug, String title, String bodyName, MeetingKind kind, Instant startsAt,
		Instant endsAt, boolean endEstimated, String venue, String address, String city, String onlineUrl,
		String descriptionHtml, String minutesHtml, String newsSlug, List<String> agenda,
		List<WorkingGroup> workingGroups, Instant updatedAt, boolean cancelled, int sequence) {

	/** A meeting as it is before any cancellation or update sent to the members. */
	public Meeting(long id, String slug, String title, String bodyName, MeetingKind kind, Instant startsAt,
			Instant endsAt, boolean endEstimated, String venue, String address, String city, String onlineUrl,
			String descriptionHtml, String minutesHtml, String newsSlug, List<String> agenda,
			List<WorkingGroup> workingGroups, Instant updatedAt) {
		this(id, slug, title, bodyName, kind, startsAt, endsAt, endEstimated, venue, address, city, onlineUrl,
				descriptionHtml, minutesHtml, newsSlug, agenda, workingGroups, updatedAt, false, 0);
	}

	public record WorkingGroup(String name, String note) {
	}

	public ZonedDateTime start() {
		return this.startsAt.atZone(TimeConfiguration.ROME);
	}

	public ZonedDateTime end() {
		return this.endsAt.atZone(TimeConfiguration.ROME);
	}

	/** Venue, address and city as one line, for the page and the calendar's LOCATION. */
	public String location() {
		return String.join(", ",
				java.util.stream.Stream.of(this.venue, this.address, this.city)
					.filter(part -> part != null && !part.isBlank())
					.toList());
	}

}
