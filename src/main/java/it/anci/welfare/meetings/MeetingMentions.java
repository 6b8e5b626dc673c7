package it.anci.welfare.meetings;

import java.time.Instant;
import java.util.List;

/**
 * Pages of other modules that mention a meeting (news announcing it, for one), shown on
 * the meeting's page. Implemented where the mentions live, so that this module does not
 * depend on them.
 */
public interface MeetingMentions {

	/** Published mentions of the meeting, newest first. */
	List<Mention> of(String meetingSlug);

	record Mention(String title, String path, Instant date) {
	}

}
