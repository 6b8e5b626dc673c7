package it.anci.welfare.meetings;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) files of the meetings, written by biweekly (line folding,
 * escaping): one event per meeting with UID, DTSTAMP, DTSTART/DTEND in Europe/Rome with
 * its VTIMEZONE, LOCATION and the URL of the meeting page.
 */
@Component
public class MeetingCalendar {

	private final Clock clock;

	MeetingCalendar(Clock clock) {
		this.clock = clock;
	}

	/**
	 * How often a subscribed calendar asks again: convocations change rarely, but a
	 * changed room must arrive the same day.
	 */
	static final String REFRESH = "PT6H";

	public String ics(List<Meeting> meetings, String baseUrl, String name) {
		return foldByOctets(Biweekly.write(calendar(meetings, baseUrl, name)).go());
	}

	/**
	 * A calendar to subscribe to: its name and time zone as Google, Outlook and Apple
	 * read them ({@code X-WR-CALNAME}, {@code X-WR-TIMEZONE}) and how often to refresh
	 * it, in RFC 7986 ({@code REFRESH-INTERVAL}) and in Outlook's older
	 * {@code X-PUBLISHED-TTL}.
	 */
	public String subscription(List<Meeting> meetings, String baseUrl, String name, String sourceUrl) {
		ICalendar calendar = calendar(meetings, baseUrl, name);
		calendar.setExperimentalProperty("X-WR-CALNAME", name);
		calendar.setExperimentalProperty("X-WR-TIMEZONE", "Europe/Rome");
		calendar.setExperimentalProperty("X-WR-CALDESC", "Convocazioni pubblicate sul Portale Welfare dei Comuni");
		// RFC 7986 asks the VALUE=DURATION parameter on REFRESH-INTERVAL, which biweekly
		// leaves out by default
		calendar.setRefreshInterval(biweekly.util.Duration.parse(REFRESH)).getParameters().put("VALUE", "DURATION");
		calendar.setExperimentalProperty("X-PUBLISHED-TTL", REFRESH);
		calendar.setSource(sourceUrl);
		calendar.setUrl(baseUrl + "/riunioni");
		return foldByOctets(Biweekly.write(calendar).go());
	}

	/**
	 * The invitation e-mailed to one member (iTIP, RFC 5546): {@code METHOD:REQUEST} for
	 * a convocation or an update, {@code METHOD:CANCEL} for a cancellation, with the
	 * meeting's SEQUENCE, the portal as ORGANIZER and the member as ATTENDEE. Its UID is
	 * the one of the public calendars, so every copy of the meeting is the same event.
	 */
	public byte[] invitation(Meeting meeting, String baseUrl, String organizerEmail, String attendeeName,
			String attendeeEmail) {
		ICalendar calendar = calendar(List.of(meeting), baseUrl, meeting.title());
		calendar.setMethod(meeting.cancelled() ? Method.cancel() : Method.request());
		VEvent event = calendar.getEvents().get(0);
		event.setOrganizer(new Organizer("Portale Welfare dei Comuni", organizerEmail));
		Attendee attendee = new Attendee(attendeeName, attendeeEmail);
		attendee.setRole(Role.ATTENDEE);
		attendee.setParticipationLevel(ParticipationLevel.REQUIRED);
		attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
		event.addAttendee(attendee);
		return foldByOctets(Biweekly.write(calendar).go()).getBytes(StandardCharsets.UTF_8);
	}

	static String uid(Meeting meeting) {
		return meeting.slug() + "@portale-welfare-comuni";
	}

	private ICalendar calendar(List<Meeting> meetings, String baseUrl, String name) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//ANCI Umbria//Portale Welfare dei Comuni//IT");
		calendar.setName(name);
		calendar.getTimezoneInfo()
			.setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone("Europe/Rome"), rome()));
		Date now = Date.from(this.clock.instant());
		for (Meeting meeting : meetings) {
			VEvent event = new VEvent();
			event.setUid(uid(meeting));
			event.setSequence(meeting.sequence());
			event.setStatus(meeting.cancelled() ? Status.cancelled() : Status.confirmed());
			event.setDateTimeStamp(now);
			event.setLastModified(Date.from(meeting.updatedAt()));
			event.setDateStart(Date.from(meeting.startsAt()));
			event.setDateEnd(Date.from(meeting.endsAt()));
			event.setSummary(meeting.cancelled() ? "Annullata: " + meeting.title() : meeting.title());
			if (!meeting.location().isEmpty()) {
				event.setLocation(meeting.location());
			}
			event.setUrl(baseUrl + "/riunioni/" + meeting.slug());
			event.setDescription((meeting.bodyName() == null ? "" : "Convocata da: " + meeting.bodyName() + ". ")
					+ "Dettagli e ordine del giorno: " + baseUrl + "/riunioni/" + meeting.slug());
			calendar.addEvent(event);
		}
		return calendar;
	}

	/**
	 * RFC 5545 §3.1: content lines of at most 75 octets. biweekly folds by characters and
	 * before escaping, so an accented or escaped line came out at 76 octets (issue 11):
	 * its lines are unfolded and folded again by UTF-8 octets, never inside a character.
	 */
	static String foldByOctets(String ics) {
		String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
		StringBuilder out = new StringBuilder(ics.length() + 64);
		for (String line : unfolded.split("\r\n")) {
			int octets = 0;
			int limit = 75;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > limit) {
					out.append("\r\n ");
					octets = 1;
				}
				out.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	/**
	 * Europe/Rome since 1996: CET (+01:00), CEST (+02:00) from the last Sunday of March
	 * to the last of October.
	 */
	static VTimezone rome() {
		VTimezone zone = new VTimezone("Europe/Rome");
		DaylightSavingsTime summer = new DaylightSavingsTime();
		summer.setDateStart(new DateTimeComponents(1970, 3, 29, 2, 0, 0, false));
		summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
		summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
		summer.addTimezoneName("CEST");
		summer
			.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
		StandardTime winter = new StandardTime();
		winter.setDateStart(new DateTimeComponents(1970, 10, 25, 3, 0, 0, false));
		winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
		winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
		winter.addTimezoneName("CET");
		winter.setRecurrenceRule(
				new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
		zone.addDaylightSavingsTime(summer);
		zone.addStandardTime(winter);
		return zone;
	}

}
