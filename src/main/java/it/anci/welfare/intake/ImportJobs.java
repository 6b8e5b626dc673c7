package it.anci.welfare.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.anci.welfare.catalogue.PracticeImports;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import jobs and their sources ({@code import_job}, {@code import_source}). What a
 * running job records (its progress, its end) is written in a transaction of its own, so
 * that the status page sees it at once, even while the import's own transaction is open.
 */
@Component
class ImportJobs {

	/** Errors kept in a report; the count says how many there were in all. */
	static final int REPORTED_ERRORS = 2000;

	private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> HEADERS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate apart;

	/** A job's file and source, as the worker reads them. */
	record Work(long fileId, long sourceId, String sourceName, boolean publish) {
	}

	ImportJobs(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A new job, waiting for the mapping of {@code unknownHeaders} or being checked. */
	long create(long source, long fileId, String filename, List<String> unknownHeaders, String actor) {
		return this.jdbc.sql("""
				insert into import_job (source_id, file_id, filename, publish, status, unknown_headers, created_by)
				values (?, ?, ?, false, ?, cast(? as jsonb), ?) returning id""")
			.params(source, fileId, filename, unknownHeaders.isEmpty() ? "CHECKING" : "MAPPING",
					this.json.writeValueAsString(unknownHeaders), actor)
			.query(Long.class)
			.single();
	}

	Optional<ImportJob> job(long id) {
		return jobs("where j.id = :id", Map.of("id", id), true).stream().findFirst();
	}

	/** The latest jobs, newest first, without their reports. */
	List<ImportJob> recent(int limit) {
		return jobs("order by j.id desc limit :limit", Map.of("limit", limit), false);
	}

	/** The names of the sources imported so far, to choose from. */
	List<String> sourceNames() {
		return this.jdbc.sql("select name from import_source order by lower(name)").query(String.class).list();
	}

	Work work(long jobId) {
		return this.jdbc.sql("""
				select j.file_id, j.source_id, s.name, j.publish
				from import_job j join import_source s on s.id = j.source_id where j.id = ?""")
			.param(jobId)
			.query((rs, n) -> new Work(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)))
			.single();
	}

	/** The source of this name (letter case and spaces around aside), created if new. */
	long source(String name) {
		String find = "select id from import_source where lower(btrim(name)) = lower(btrim(?))";
		return this.jdbc.sql(find)
			.param(name)
			.query(Long.class)
			.optional()
			.or(() -> this.jdbc.sql("insert into import_source (name) values (?) on conflict do nothing returning id")
				.param(name)
				.query(Long.class)
				.optional())
			.orElseGet(() -> this.jdbc.sql(find).param(name).query(Long.class).single());
	}

	/** What the source's unknown headers are: normalised header → portal column or "". */
	Map<String, String> mapping(long source) {
		String stored = this.jdbc.sql("select column_mapping::text from import_source where id = ?")
			.param(source)
			.query(String.class)
			.single();
		return new HashMap<>(this.json.readValue(stored, MAPPING));
	}

	/**
	 * Keeps the source's mapping and moves the job from MAPPING to CHECKING; false when
	 * it was not waiting for one (any more).
	 */
	boolean mapped(long jobId, long source, Map<String, String> mapping) {
		return Boolean.TRUE.equals(this.apart.execute(status -> {
			this.jdbc.sql("update import_source set column_mapping = cast(? as jsonb) where id = ?")
				.params(this.json.writeValueAsString(mapping), source)
				.update();
			boolean moved = this.jdbc.sql(
					"update import_job set status = 'CHECKING', updated_at = now() where id = ? and status = 'MAPPING'")
				.param(jobId)
				.update() == 1;
			if (!moved) {
				status.setRollbackOnly();
			}
			return moved;
		}));
	}

	/**
	 * A checked file without errors starts importing; false for any other (a second
	 * click).
	 */
	boolean startImporting(long jobId, boolean publish) {
		return this.jdbc.sql("""
				update import_job set status = 'IMPORTING', publish = ?, processed_rows = 0, updated_at = now()
				where id = ? and status = 'CHECKED' and error_count = 0 and total_rows > 0""")
			.params(publish, jobId)
			.update() == 1;
	}

	/**
	 * A job left running by a portal that stopped is marked failed when the next one
	 * starts (a running job records its progress at least every few seconds).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedJobs() {
		this.jdbc.sql("""
				update import_job set status = 'FAILED', finished_at = now()
				where status in ('CHECKING', 'IMPORTING') and updated_at < now() - interval '10 minutes'""").update();
	}

	void rowsFound(long jobId, int rows) {
		this.apart.executeWithoutResult(status -> this.jdbc
			.sql("update import_job set total_rows = ?, processed_rows = 0, updated_at = now() where id = ?")
			.params(rows, jobId)
			.update());
	}

	void progress(long jobId, int processed) {
		this.apart.executeWithoutResult(
				status -> this.jdbc.sql("update import_job set processed_rows = ?, updated_at = now() where id = ?")
					.params(processed, jobId)
					.update());
	}

	void finish(long jobId, ImportJob.Status status, List<RowError> errors, PracticeImports.ImportOutcome outcome) {
		boolean checked = status == ImportJob.Status.CHECKED;
		this.apart.executeWithoutResult(tx -> this.jdbc.sql("""
				update import_job set status = ?, error_count = ?, report = cast(? as jsonb), created_count = ?,
				       updated_count = ?, processed_rows = case when ? then total_rows else processed_rows end,
				       updated_at = now(), finished_at = case when ? then null else now() end
				where id = ?""")
			.params(status.name(), errors.size(),
					this.json.writeValueAsString(errors.subList(0, Math.min(errors.size(), REPORTED_ERRORS))),
					outcome == null ? null : outcome.created(), outcome == null ? null : outcome.updated(), checked,
					checked, jobId)
			.update());
	}

	private List<ImportJob> jobs(String condition, Map<String, ?> parameters, boolean withReport) {
		return this.jdbc
			.sql("""
					select j.id, s.name, j.filename, j.publish, j.status, j.total_rows, j.processed_rows, j.error_count,
					       %s, j.created_count, j.updated_count, j.unknown_headers::text, j.created_by, j.created_at,
					       j.finished_at
					from import_job j join import_source s on s.id = j.source_id %s"""
				.formatted(withReport ? "j.report::text" : "'[]'", condition))
			.params(parameters)
			.query((rs, n) -> new ImportJob(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					ImportJob.Status.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8),
					this.json.readValue(rs.getString(9), ERRORS), (Integer) rs.getObject(10),
					(Integer) rs.getObject(11), this.json.readValue(rs.getString(12), HEADERS), rs.getString(13),
					rs.getTimestamp(14).toInstant(),
					rs.getTimestamp(15) == null ? null : rs.getTimestamp(15).toInstant()))
			.list();
	}

}
