package it.anci.welfare.news;

import java.util.List;

import it.anci.welfare.meetings.MeetingMentions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published news items that link to a meeting, for the meeting's page. */
@Component
@Transactional(readOnly = true)
class NewsAboutMeetings implements MeetingMentions {

	private final JdbcClient jdbc;

	NewsAboutMeetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Mention> of(String meetingSlug) {
		return this.jdbc.sql("select n.title, n.slug, n.published_at from news n where " + NewsService.VISIBLE
				+ " and exists (select 1 from news_link l where l.news_id = n.id and l.kind = 'MEETING' and l.target = ?)"
				+ " order by n.published_at desc")
			.param(meetingSlug)
			.query((rs, n) -> new Mention(rs.getString(1), "/notizie/" + rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

}
