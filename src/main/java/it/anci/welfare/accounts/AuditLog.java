package it.anci.welfare.accounts;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who created, changed, published or deleted what, and when. Every module records its staff actions here. */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Event(Instant occurredAt, String actor, String action, String targetType, String target,
			String details) {
	}

	public void record(String actor, String action, String targetType, String target, String details) {
		this.jdbc.sql("insert into audit_event (actor, action, target_type, target, details) values (?, ?, ?, ?, ?)")
			.params(actor, action, targetType, target, details)
			.update();
	}

	public List<Event> latest(int limit) {
		return this.jdbc.sql("select occurred_at, actor, action, target_type, target, details from audit_event "
				+ "order by occurred_at desc, id desc limit ?").param(limit).query((rs, n) -> new Event(
						rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)))
			.list();
	}

}
