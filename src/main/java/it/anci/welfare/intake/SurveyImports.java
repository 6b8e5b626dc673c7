package it.anci.welfare.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import it.anci.welfare.catalogue.PracticeImports;
import it.anci.welfare.common.BackgroundThreads;
import it.anci.welfare.files.AcceptedType;
import it.anci.welfare.files.StoredFile;
import it.anci.welfare.files.Uploads;
import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Imports of survey exports (CSV or XLSX) as practice cards, for administrators. An
 * upload becomes a job recorded in {@code import_job}: when the file has headers the
 * portal does not know, the job waits for their mapping (remembered by the source); then
 * a dry run in the background checks every row as a card typed by staff and keeps the
 * report, saving nothing; «Importa» checks the file again and writes every card through
 * {@link PracticeImports#importCards} in one transaction, or none. Jobs run one at a time
 * on a thread of their own ({@link ImportRun}) and record their progress, so the pages
 * never wait for them.
 */
@Service
public class SurveyImports {

	private static final Set<AcceptedType> TYPES = Set.of(AcceptedType.CSV, AcceptedType.XLSX);

	private final ImportJobs jobs;

	private final Uploads uploads;

	private final ImportRun run;

	private final DataSize maxFileSize;

	private final ExecutorService worker = BackgroundThreads.single("survey-import");

	SurveyImports(ImportJobs jobs, Uploads uploads, ImportRun run,
			@Value("${portal.import.max-file-size:10MB}") DataSize maxFileSize) {
		this.jobs = jobs;
		this.uploads = uploads;
		this.run = run;
		this.maxFileSize = maxFileSize;
	}

	/**
	 * Takes an upload: refused with its status when it is too large (as sent or, for an
	 * XLSX, once unpacked), not a CSV or XLSX file, empty or unreadable, or without a
	 * source name. Returns the new job, which either waits for the mapping of its unknown
	 * headers or is already being checked.
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
		catch (SurveyFile.UnpacksTooLargeException ex) {
			throw new ImportRejectedException(413, "import.rejected.unpacksTooLarge");
		}
		catch (SurveyFile.UnreadableException ex) {
			throw new ImportRejectedException(422, "import.rejected.unreadable");
		}
		long source = this.jobs.source(name);
		List<String> unknown = ImportHeaders.unknownHeaders(table.headers(), this.jobs.mapping(source));
		StoredFile file = this.uploads.keep(content, filename, type);
		long job = this.jobs.create(source, file.id(), file.filename(), unknown, actor);
		if (unknown.isEmpty()) {
			this.worker.submit(() -> this.run.check(job));
		}
		return job;
	}

	/**
	 * The mapping step: {@code choices} says, for each unknown header of the job's file,
	 * which portal column it is ({@link ImportColumn#header()}) or that it is ignored
	 * (empty). The source remembers it for its next files; the dry run starts. False when
	 * the job does not wait for a mapping (any more).
	 */
	public boolean map(long jobId, Map<String, String> choices) {
		ImportJob job = job(jobId).orElse(null);
		if (job == null || job.status() != ImportJob.Status.MAPPING) {
			return false;
		}
		long source = this.jobs.work(jobId).sourceId();
		Map<String, String> mapping = new LinkedHashMap<>(this.jobs.mapping(source));
		for (String header : job.unknownHeaders()) {
			String chosen = choices.getOrDefault(header, "");
			mapping.put(ImportColumn.normalise(header),
					ImportColumn.ofHeader(chosen).map(ImportColumn::header).orElse(""));
		}
		boolean mapped = this.jobs.mapped(jobId, source, mapping);
		if (mapped) {
			this.worker.submit(() -> this.run.check(jobId));
		}
		return mapped;
	}

	/**
	 * «Importa»: starts the import of a checked file without errors, as drafts or
	 * published. False when the job is not (or no longer) importable, e.g. a second
	 * click.
	 */
	public boolean startImport(long jobId, boolean publish, String actor) {
		boolean started = this.jobs.startImporting(jobId, publish);
		if (started) {
			this.worker.submit(() -> this.run.importFile(jobId, actor));
		}
		return started;
	}

	public Optional<ImportJob> job(long id) {
		return this.jobs.job(id);
	}

	/** The latest jobs, newest first, without their reports. */
	public List<ImportJob> recent(int limit) {
		return this.jobs.recent(limit);
	}

	/** The names of the sources imported so far, to choose from. */
	public List<String> sourceNames() {
		return this.jobs.sourceNames();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.worker.shutdown();
		if (!this.worker.awaitTermination(20, TimeUnit.SECONDS)) {
			this.worker.shutdownNow();
		}
	}

}
