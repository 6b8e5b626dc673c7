package it.anci.welfare.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.files.AcceptedType;
import it.anci.welfare.files.FileStore;
import it.anci.welfare.files.StoredFile;
import it.anci.welfare.files.Uploads;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports of survey exports (CSV or XLSX) as practice cards, for administrators. An
 * upload becomes a job recorded in {@code import_job}: when the file has headers the
 * portal does not know, the job waits for their mapping (remembered by the source); then
 * a dry run in the background checks every row as a card typed by staff and keeps the
 * report, saving nothing; «Importa» checks the file again and writes every card through
 * {@link PracticeEditor#importCards} in one transaction, or none. Jobs run one at a time
 * on a thread of their own and record their progress, so the pages never wait for them.
 */
@Service
public class SurveyImports {

	private static final Logger LOG = LoggerFactory.getLogger(SurveyImports.class);

	/** Errors kept in a report; the count says how many there were in all. */
	static final int REPORTED_ERRORS = 2000;

	static final int MAX_ROWS = 20_000;

	private static final int PROGRESS_EVERY = 100;

	private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> HEADERS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
	};

	private static final Set<AcceptedType> TYPES = Set.of(AcceptedType.CSV, AcceptedType.XLSX);

	private final JdbcClient jdbc;

	private final Uploads uploads;

	private final FileStore files;

	private final SurveyRows rows;

	private final PracticeEditor editor;

	private final JsonMapper json;

	private final TransactionTemplate inOneTransaction;

	private final TransactionTemplate apart;

	private final DataSize maxFileSize;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "survey-import");
		thread.setDaemon(true);
		return thread;
	});

	SurveyImports(JdbcClient jdbc, Uploads uploads, FileStore files, SurveyRows rows, PracticeEditor editor,
			JsonMapper json, PlatformTransactionManager transactions,
			@Value("${portal.import.max-file-size:10MB}") DataSize maxFileSize) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.files = files;
		this.rows = rows;
		this.editor = editor;
		this.json = json;
		this.inOneTransaction = new TransactionTemplate(transactions);
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.maxFileSize = maxFileSize;
	}

	public enum Status {

		/** Waiting for the administrator to say what the unknown headers are. */
		MAPPING,
		/** The dry run is going through the rows. */
		CHECKING,
		/** The report is ready; with no error the file can be imported. */
		CHECKED,
		/** Checking again and writing, in one transaction. */
		IMPORTING,
		/** Every row is a card. */
		IMPORTED,
		/**
		 * The second check found errors (e.g. a list changed meanwhile): nothing written.
		 */
		REFUSED,
		/** Stopped by a fault or a restart: nothing written. */
		FAILED;

		public boolean running() {
			return this == CHECKING || this == IMPORTING;
		}

	}

	/** A job as its page shows it. */
	public record Job(long id, String sourceName, String filename, boolean publish, Status status, int totalRows,
			int processedRows, int errorCount, List<RowError> errors, Integer created, Integer updated,
			List<String> unknownHeaders, String createdBy, Instant createdAt, Instant finishedAt) {

		/** Done so far, 0–100: an import checks every row again, then writes it. */
		public int percent() {
			int work = this.status == Status.IMPORTING ? 2 * this.totalRows : this.totalRows;
			return work == 0 ? 0 : Math.min(100, 100 * this.processedRows / work);
		}

		/** Rows checked during an import (the first half of its work). */
		public int checkedRows() {
			return Math.min(this.processedRows, this.totalRows);
		}

		/** Cards written during an import (the second half). */
		public int writtenRows() {
			return Math.max(0, this.processedRows - this.totalRows);
		}

		public boolean importable() {
			return this.status == Status.CHECKED && this.errorCount == 0 && this.totalRows > 0;
		}

		/** Errors counted but not kept in the report. */
		public int errorsNotShown() {
			return Math.max(0, this.errorCount - this.errors.size());
		}

	}

	/**
	 * Takes an upload: refused with its status when it is too large, not a CSV or XLSX
	 * file, empty or unreadable, or without a source name. Returns the new job, which
	 * either waits for the mapping of its unknown headers or is already being checked.
	 */
	public long upload(String sourceName, String filename, byte[] content, String actor) {
		String name = sourceName == null ? "" : sourceName.strip();
		if (name.isEmpty()) {
			throw new ImportRejectedException(422, "import.rejected.source");
		}
		if (name.length() > 200) {
			throw new ImportRejectedException(422, "import.rejected.sourceTooLong", "200");
		}
		if (content == null || content.length == 0) {
			throw new ImportRejectedException(422, "import.rejected.empty");
		}
		if (content.length > this.maxFileSize.toBytes()) {
			throw new ImportRejectedException(413, "import.rejected.tooLarge", this.maxFileSize.toMegabytes() + " MB");
		}
		AcceptedType type = this.uploads.typeAmong(content, filename, TYPES)
			.orElseThrow(() -> new ImportRejectedException(415, "import.rejected.type"));
		SurveyFile.Table table;
		try {
			table = SurveyFile.read(content, type == AcceptedType.XLSX);
		}
		catch (SurveyFile.UnreadableException ex) {
			throw new ImportRejectedException(422, "import.rejected.unreadable");
		}
		long source = source(name);
		List<String> unknown = SurveyRows.unknownHeaders(table.headers(), mapping(source));
		StoredFile file = this.uploads.keep(content, filename, type);
		long job = this.jdbc.sql("""
				insert into import_job (source_id, file_id, filename, publish, status, unknown_headers, created_by)
				values (?, ?, ?, false, ?, cast(? as jsonb), ?) returning id""")
			.params(source, file.id(), file.filename(), unknown.isEmpty() ? "CHECKING" : "MAPPING",
					this.json.writeValueAsString(unknown), actor)
			.query(Long.class)
			.single();
		if (unknown.isEmpty()) {
			this.worker.submit(() -> check(job));
		}
		return job;
	}

	public Optional<Job> job(long id) {
		return jobs("where j.id = :id", Map.of("id", id), true).stream().findFirst();
	}

	/** The latest jobs, newest first, without their reports. */
	public List<Job> recent(int limit) {
		return jobs("order by j.id desc limit :limit", Map.of("limit", limit), false);
	}

	/** The names of the sources imported so far, to choose from. */
	public List<String> sourceNames() {
		return this.jdbc.sql("select name from import_source order by lower(name)").query(String.class).list();
	}

	/**
	 * The mapping step: {@code choices} says, for each unknown header of the job's file,
	 * which portal column it is ({@link ImportColumn#header()}) or that it is ignored
	 * (empty). The source remembers it for its next files; the dry run starts. False when
	 * the job does not wait for a mapping (any more).
	 */
	public boolean map(long jobId, Map<String, String> choices) {
		Job job = job(jobId).orElse(null);
		if (job == null || job.status() != Status.MAPPING) {
			return false;
		}
		long source = this.jdbc.sql("select source_id from import_job where id = ?")
			.param(jobId)
			.query(Long.class)
			.single();
		Map<String, String> mapping = new LinkedHashMap<>(mapping(source));
		for (String header : job.unknownHeaders()) {
			String chosen = choices.getOrDefault(header, "");
			mapping.put(ImportColumn.normalise(header),
					ImportColumn.ofHeader(chosen).map(ImportColumn::header).orElse(""));
		}
		int changed = this.inOneTransaction.execute(status -> {
			this.jdbc.sql("update import_source set column_mapping = cast(? as jsonb) where id = ?")
				.params(this.json.writeValueAsString(mapping), source)
				.update();
			return this.jdbc.sql(
					"update import_job set status = 'CHECKING', updated_at = now() where id = ? and status = 'MAPPING'")
				.param(jobId)
				.update();
		});
		if (changed == 1) {
			this.worker.submit(() -> check(jobId));
		}
		return changed == 1;
	}

	/**
	 * «Importa»: starts the import of a checked file without errors, as drafts or
	 * published. False when the job is not (or no longer) importable, e.g. a second
	 * click.
	 */
	public boolean startImport(long jobId, boolean publish, String actor) {
		int started = this.jdbc.sql("""
				update import_job set status = 'IMPORTING', publish = ?, processed_rows = 0, updated_at = now()
				where id = ? and status = 'CHECKED' and error_count = 0 and total_rows > 0""")
			.params(publish, jobId)
			.update();
		if (started == 1) {
			this.worker.submit(() -> importFile(jobId, actor));
		}
		return started == 1;
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

	@PreDestroy
	void stop() throws InterruptedException {
		this.worker.shutdown();
		if (!this.worker.awaitTermination(20, TimeUnit.SECONDS)) {
			this.worker.shutdownNow();
		}
	}

	/** The dry run: every row checked, the report kept, nothing else saved. */
	void check(long jobId) {
		try {
			List<RowError> errors = new ArrayList<>();
			read(jobId, errors, processed -> progress(jobId, processed));
			finish(jobId, "CHECKED", errors, null);
		}
		catch (RuntimeException ex) {
			LOG.error("Import job {}: the check failed", jobId, ex);
			finish(jobId, "FAILED", List.of(RowError.of(1, "", "import.error.failed")), null);
		}
	}

	/**
	 * The import: the file checked again (the lists or the comuni may have changed since
	 * the dry run) and written, in one transaction; any error writes nothing.
	 */
	void importFile(long jobId, String actor) {
		try {
			Map<String, Object> job = this.jdbc.sql(
					"select j.publish, j.source_id, s.name from import_job j join import_source s on s.id = j.source_id where j.id = ?")
				.param(jobId)
				.query()
				.singleRow();
			List<RowError> errors = new ArrayList<>();
			PracticeEditor.ImportOutcome outcome = this.inOneTransaction.execute(status -> {
				List<SurveyRows.Checked> checked = read(jobId, errors, processed -> progress(jobId, processed));
				if (!errors.isEmpty()) {
					status.setRollbackOnly();
					return null;
				}
				List<PracticeEditor.ImportedCard> cards = checked.stream()
					.map(c -> new PracticeEditor.ImportedCard(
							c.card().toCard(Provenance.IMPORTATA, c.comune().istatCode()), c.comune(), c.externalId()))
					.toList();
				return this.editor.importCards(
						new PracticeEditor.ImportBatch(((Number) job.get("source_id")).longValue(),
								(String) job.get("name"), (Boolean) job.get("publish"), cards),
						actor, written -> progress(jobId, checked.size() + written));
			});
			if (outcome == null) {
				finish(jobId, "REFUSED", errors, null);
			}
			else {
				finish(jobId, "IMPORTED", List.of(), outcome);
			}
		}
		catch (RuntimeException ex) {
			LOG.error("Import job {}: the import failed, nothing was written", jobId, ex);
			finish(jobId, "FAILED", List.of(RowError.of(1, "", "import.error.failed")), null);
		}
	}

	/**
	 * Reads and checks the job's file: the rows without errors, the errors in
	 * {@code errors}.
	 */
	private List<SurveyRows.Checked> read(long jobId, List<RowError> errors, java.util.function.IntConsumer progress) {
		Map<String, Object> job = this.jdbc.sql("select file_id, source_id from import_job where id = ?")
			.param(jobId)
			.query()
			.singleRow();
		long fileId = ((Number) job.get("file_id")).longValue();
		boolean spreadsheet = AcceptedType.XLSX.mediaType().equals(this.files.file(fileId).orElseThrow().mediaType());
		SurveyFile.Table table;
		try {
			table = SurveyFile.read(this.files.content(fileId), spreadsheet);
		}
		catch (SurveyFile.UnreadableException ex) {
			errors.add(RowError.of(1, "", "import.error.unreadable"));
			return List.of();
		}
		this.apart.executeWithoutResult(status -> this.jdbc
			.sql("update import_job set total_rows = ?, processed_rows = 0, updated_at = now() where id = ?")
			.params(table.rows().size(), jobId)
			.update());
		Map<ImportColumn, Integer> positions = SurveyRows.positions(table.headers(),
				mapping(((Number) job.get("source_id")).longValue()));
		errors.addAll(SurveyRows.missingColumns(positions));
		if (table.rows().isEmpty()) {
			errors.add(RowError.of(1, "", "import.error.noRows"));
		}
		if (table.rows().size() > MAX_ROWS) {
			errors.add(RowError.of(1, "", "import.error.tooManyRows", String.valueOf(MAX_ROWS)));
		}
		if (!errors.isEmpty()) {
			return List.of();
		}
		SurveyRows.Session session = this.rows.session(positions);
		session.lookUpComuni(table.rows());
		List<SurveyRows.Checked> valid = new ArrayList<>();
		int processed = 0;
		for (SurveyFile.Line line : table.rows()) {
			SurveyRows.Checked checked = session.check(line);
			if (checked.valid()) {
				valid.add(checked);
			}
			else {
				errors.addAll(checked.errors());
			}
			if (++processed % PROGRESS_EVERY == 0) {
				progress.accept(processed);
			}
		}
		progress.accept(processed);
		return valid;
	}

	/**
	 * Recorded apart from the import's transaction, so the status page sees it at once.
	 */
	private void progress(long jobId, int processed) {
		this.apart.executeWithoutResult(
				status -> this.jdbc.sql("update import_job set processed_rows = ?, updated_at = now() where id = ?")
					.params(processed, jobId)
					.update());
	}

	private void finish(long jobId, String status, List<RowError> errors, PracticeEditor.ImportOutcome outcome) {
		this.apart.executeWithoutResult(tx -> this.jdbc.sql("""
				update import_job set status = ?, error_count = ?, report = cast(? as jsonb), created_count = ?,
				       updated_count = ?, processed_rows = case when ? then total_rows else processed_rows end,
				       updated_at = now(), finished_at = case when ? then null else now() end
				where id = ?""")
			.params(status, errors.size(),
					this.json.writeValueAsString(errors.subList(0, Math.min(errors.size(), REPORTED_ERRORS))),
					outcome == null ? null : outcome.created(), outcome == null ? null : outcome.updated(),
					"CHECKED".equals(status), "CHECKED".equals(status), jobId)
			.update());
	}

	/** The source of this name (letter case and spaces around aside), created if new. */
	private long source(String name) {
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

	private Map<String, String> mapping(long source) {
		String stored = this.jdbc.sql("select column_mapping::text from import_source where id = ?")
			.param(source)
			.query(String.class)
			.single();
		return new HashMap<>(this.json.readValue(stored, MAPPING));
	}

	private List<Job> jobs(String condition, Map<String, ?> parameters, boolean withReport) {
		return this.jdbc
			.sql("""
					select j.id, s.name, j.filename, j.publish, j.status, j.total_rows, j.processed_rows, j.error_count,
					       %s, j.created_count, j.updated_count, j.unknown_headers::text, j.created_by, j.created_at,
					       j.finished_at
					from import_job j join import_source s on s.id = j.source_id %s"""
				.formatted(withReport ? "j.report::text" : "'[]'", condition))
			.params(parameters)
			.query((rs, n) -> new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					Status.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8),
					this.json.readValue(rs.getString(9), ERRORS), (Integer) rs.getObject(10),
					(Integer) rs.getObject(11), this.json.readValue(rs.getString(12), HEADERS), rs.getString(13),
					rs.getTimestamp(14).toInstant(),
					rs.getTimestamp(15) == null ? null : rs.getTimestamp(15).toInstant()))
			.list();
	}

}
