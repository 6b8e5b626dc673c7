package it.anci.welfare.meetings;

import java.time.Clock;
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
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) files of the meetings, written by biweekly (line folding, escaping): one event per meeting with
 * UID, DTSTAMP, DTSTART/DTEND in Europe/Rome with its VTIMEZONE, LOCATION and the URL of the meeting page.
 */
@Component
public class MeetingCalendar {

	private final Clock clock;

	MeetingCalendar(Clock clock) {
		this.clock = clock;
	}

	public String ics(List<Meeting> meetings, String baseUrl, String name) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//ANCI Umbria//Portale Welfare dei Comuni//IT");
		calendar.setName(name);
		calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone("Europe/Rome"), rome()));
		Date now = Date.from(this.clock.instant());
		for (Meeting meeting : meetings) {
			VEvent event = new VEvent();
			event.setUid(meeting.slug() + "@portale-welfare-comuni");
			event.setDateTimeStamp(now);
			event.setLastModified(Date.from(meeting.updatedAt()));
			event.setDateStart(Date.from(meeting.startsAt()));
			event.setDateEnd(Date.from(meeting.endsAt()));
			event.setSummary(meeting.title());
			if (!meeting.location().isEmpty()) {
				event.setLocation(meeting.location());
			}
			event.setUrl(baseUrl + "/riunioni/" + meeting.slug());
			event.setDescription((meeting.bodyName() == null ? "" : "Convocata da: " + meeting.bodyName() + ". ")
					+ "Dettagli e ordine del giorno: " + baseUrl + "/riunioni/" + meeting.slug());
			calendar.addEvent(event);
		}
		return Biweekly.write(calendar).go();
	}

	/** Europe/Rome since 1996: CET (+01:00), CEST (+02:00) from the last Sunday of March to the last of October. */
	static VTimezone rome() {
		VTimezone zone = new VTimezone("Europe/Rome");
		DaylightSavingsTime summer = new DaylightSavingsTime();
		summer.setDateStart(new DateTimeComponents(1970, 3, 29, 2, 0, 0, false));
		summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
		summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
		summer.addTimezoneName("CEST");
		summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
		StandardTime winter = new StandardTime();
		winter.setDateStart(new DateTimeComponents(1970, 10, 25, 3, 0, 0, false));
		winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
		winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
		winter.addTimezoneName("CET");
		winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
		zone.addDaylightSavingsTime(summer);
		zone.addStandardTime(winter);
		return zone;
	}

}
