package it.anci.welfare.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.common.Message;
import it.anci.welfare.common.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public read API of the meetings: upcoming soonest first, the archive latest first. */
@Service
@Transactional(readOnly = true)
public class MeetingService {

	/**
	 * A published meeting, under the alias {@code m}: the one place that says how
	 * publication is stored.
	 */
	static final String PUBLISHED = "m.status = 'PUBLISHED'";

	private final JdbcClient jdbc;

	private final Clock clock;

	MeetingService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record MeetingList(List<Meeting> upcoming, List<Meeting> past, List<Integer> years, List<String> bodies,
			Integer year, String body, List<Message> ignored) {
	}

	public boolean isOver(Meeting meeting) {
		return !meeting.endsAt().isAfter(this.clock.instant());
	}

	public MeetingList list(String rawYear, String rawBody) {
		List<Meeting> all = all();
		List<Integer> years = all.stream().map(m -> m.start().getYear()).distinct().sorted((a, b) -> b - a).toList();
		List<String> bodies = all.stream().map(Meeting::bodyName).filter(b -> b != null).distinct().sorted().toList();
		List<Message> ignored = new ArrayList<>();
		Integer year = null;
		if (rawYear != null && !rawYear.isBlank()) {
			if (rawYear.strip().matches("\\d{4}") && years.contains(Integer.parseInt(rawYear.strip()))) {
				year = Integer.parseInt(rawYear.strip());
			}
			else {
				ignored.add(Message.of("meetings.list.ignored.year", rawYear.strip()));
			}
		}
		String body = null;
		if (rawBody != null && !rawBody.isBlank()) {
			if (bodies.contains(rawBody.strip())) {
				body = rawBody.strip();
			}
			else {
				ignored.add(Message.of("meetings.list.ignored.body", rawBody.strip()));
			}
		}
		Instant now = this.clock.instant();
		Integer chosenYear = year;
		String chosenBody = body;
		List<Meeting> matching = all.stream()
			.filter(m -> chosenYear == null || m.start().getYear() == chosenYear)
			.filter(m -> chosenBody == null || chosenBody.equals(m.bodyName()))
			.toList();
		List<Meeting> upcoming = matching.stream().filter(m -> m.endsAt().isAfter(now)).toList();
		List<Meeting> past = new ArrayList<>(matching.stream().filter(m -> !m.endsAt().isAfter(now)).toList());
		java.util.Collections.reverse(past);
		return new MeetingList(upcoming, past, years, bodies, year, body, ignored);
	}

	/** Meetings not yet over, soonest first. */
	public List<Meeting> upcoming(int limit) {
		Instant now = this.clock.instant();
		return all().stream().filter(m -> m.endsAt().isAfter(now)).limit(limit).toList();
	}

	public Meeting bySlug(String slug) {
		return load("m.slug = :slug", Map.of("slug", slug)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("meeting " + slug));
	}

	/** Every published meeting, earliest first. */
	public List<Meeting> all() {
		return load("true", Map.of());
	}

	/**
	 * Any meeting, draft or published, as the public page would show it: for the staff
	 * preview.
	 */
	public Meeting preview(long id) {
		return load("m.id = :id", Map.of("id", id), true).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("meeting " + id));
	}

	private List<Meeting> load(String condition, Map<String, Object> parameters) {
		return load(condition, parameters, false);
	}

	private List<Meeting> load(String condition, Map<String, Object> parameters, boolean withDrafts) {
		List<Long> ids = new ArrayList<>();
		List<Meeting> meetings = new ArrayList<>();
		this.jdbc
			.sql("select m.* from meeting m where (" + PUBLISHED + " or " + withDrafts + ") and " + condition
					+ " order by m.starts_at, m.id")
			.params(parameters)
			.query(rs -> {
				ids.add(rs.getLong("id"));
				meetings.add(meeting(rs, List.of(), List.of()));
			});
		if (ids.isEmpty()) {
			return meetings;
		}
		Map<Long, List<String>> agenda = new HashMap<>();
		this.jdbc.sql("select meeting_id, text from meeting_agenda_item where meeting_id in (:ids) order by position")
			.param("ids", ids)
			.query(rs -> {
				agenda.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, List<Meeting.WorkingGroup>> groups = new HashMap<>();
		this.jdbc.sql(
				"select meeting_id, name, note from meeting_working_group where meeting_id in (:ids) order by position")
			.param("ids", ids)
			.query(rs -> {
				groups.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Meeting.WorkingGroup(rs.getString(2), rs.getString(3)));
			});
		List<Meeting> complete = new ArrayList<>();
		for (int i = 0; i < meetings.size(); i++) {
			Meeting m = meetings.get(i);
			complete.add(new Meeting(m.id(), m.slug(), m.title(), m.bodyName(), m.kind(), m.startsAt(), m.endsAt(),
					m.endEstimated(), m.venue(), m.address(), m.city(), m.onlineUrl(), m.descriptionHtml(),
					m.minutesHtml(), m.newsSlug(), agenda.getOrDefault(ids.get(i), List.of()),
					groups.getOrDefault(ids.get(i), List.of()), m.updatedAt(), m.cancelled(), m.sequence()));
		}
		return complete;
	}

	private static Meeting meeting(ResultSet rs, List<String> agenda, List<Meeting.WorkingGroup> groups)
			throws SQLException {
		return new Meeting(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("body_name"),
				MeetingKind.valueOf(rs.getString("kind")), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getBoolean("end_estimated"), rs.getString("venue"),
				rs.getString("address"), rs.getString("city"), rs.getString("online_url"),
				rs.getString("description_html"), rs.getString("minutes_html"), rs.getString("news_slug"), agenda,
				groups, rs.getTimestamp("updated_at").toInstant(), rs.getTimestamp("cancelled_at") != null,
				rs.getInt("ical_sequence"));
	}

}
