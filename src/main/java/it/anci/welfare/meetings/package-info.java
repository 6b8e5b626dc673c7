/**
 * Meetings of the association's bodies: convocations, agendas, working groups, minutes,
 * attached documents, iCalendar files and subscribable calendars, and staff editing.
 * Pages of other modules that mention a meeting plug in through
 * {@link it.anci.welfare.meetings.MeetingMentions}.
 */
package it.anci.welfare.meetings;
