package db.migration;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the news items and meetings of the seed pages (db/data/content), with their full
 * texts.
 */
public class V9_1__LoadNewsAndMeetings extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		for (Map<String, Object> item : read("news.yaml")) {
			long id;
			try (PreparedStatement insert = connection.prepareStatement(
					"""
							insert into news (slug, type, title, summary, body_markdown, body_html, topics, featured, published_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
				String body = text(item, "body");
				insert.setString(1, text(item, "slug"));
				insert.setString(2, text(item, "type"));
				insert.setString(3, text(item, "title"));
				insert.setString(4, text(item, "summary"));
				insert.setString(5, body);
				insert.setString(6, SeedRichText.toHtml(body));
				insert.setArray(7, connection.createArrayOf("text", ((List<?>) item.get("topics")).toArray()));
				insert.setBoolean(8, Boolean.TRUE.equals(item.get("featured")));
				insert.setTimestamp(9, timestamp(item.get("published_at")));
				try (ResultSet keys = insert.executeQuery()) {
					keys.next();
					id = keys.getLong(1);
				}
			}
			int position = 0;
			for (Map<String, Object> link : list(item, "related")) {
				try (PreparedStatement insert = connection
					.prepareStatement("insert into news_link (news_id, position, kind, target) values (?, ?, ?, ?)")) {
					insert.setLong(1, id);
					insert.setInt(2, position++);
					insert.setString(3, text(link, "kind"));
					insert.setString(4, text(link, "slug"));
					insert.executeUpdate();
				}
			}
		}
		for (Map<String, Object> meeting : read("meetings.yaml")) {
			long id;
			try (PreparedStatement insert = connection.prepareStatement(
					"""
							insert into meeting (slug, title, body_name, kind, starts_at, ends_at, end_estimated, venue, address,
							    city, online_url, description_markdown, description_html, news_slug)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
				String description = text(meeting, "description");
				insert.setString(1, text(meeting, "slug"));
				insert.setString(2, text(meeting, "title"));
				insert.setString(3, text(meeting, "body_name"));
				insert.setString(4, text(meeting, "kind"));
				insert.setTimestamp(5, timestamp(meeting.get("starts_at")));
				insert.setTimestamp(6, timestamp(meeting.get("ends_at")));
				insert.setBoolean(7, Boolean.TRUE.equals(meeting.get("end_estimated")));
				insert.setString(8, text(meeting, "venue"));
				insert.setString(9, text(meeting, "address"));
				insert.setString(10, text(meeting, "city"));
				insert.setString(11, text(meeting, "online_url"));
				insert.setString(12, description == null ? "" : description);
				insert.setString(13, SeedRichText.toHtml(description));
				insert.setString(14, text(meeting, "news_slug"));
				try (ResultSet keys = insert.executeQuery()) {
					keys.next();
					id = keys.getLong(1);
				}
			}
			int position = 0;
			for (Object item : (List<?>) meeting.getOrDefault("agenda", List.of())) {
				try (PreparedStatement insert = connection.prepareStatement(
						"insert into meeting_agenda_item (meeting_id, position, text) values (?, ?, ?)")) {
					insert.setLong(1, id);
					insert.setInt(2, position++);
					insert.setString(3, item.toString().strip());
					insert.executeUpdate();
				}
			}
			position = 0;
			for (Map<String, Object> group : list(meeting, "working_groups")) {
				try (PreparedStatement insert = connection.prepareStatement(
						"insert into meeting_working_group (meeting_id, position, name, note) values (?, ?, ?, ?)")) {
					insert.setLong(1, id);
					insert.setInt(2, position++);
					insert.setString(3, text(group, "name"));
					insert.setString(4, text(group, "note"));
					insert.executeUpdate();
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> read(String file) throws Exception {
		try (InputStream in = V9_1__LoadNewsAndMeetings.class.getResourceAsStream("/db/data/content/" + file)) {
			return (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> item, String key) {
		Object value = item.get(key);
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

	private static String text(Map<String, Object> item, String key) {
		Object value = item.get(key);
		return value == null ? null : value.toString().strip();
	}

	private static Timestamp timestamp(Object value) {
		Instant instant = value instanceof Date date ? date.toInstant() : Instant.parse(value.toString());
		return Timestamp.from(instant);
	}

}
