package it.anci.welfare.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import it.anci.welfare.catalogue.PracticeImports;
import it.anci.welfare.catalogue.Provenance;
import it.anci.welfare.files.AcceptedType;
import it.anci.welfare.files.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of an import job, on {@link SurveyImports}' thread: the dry run and the
 * import, each reading the stored file again and recording progress and outcome in the
 * job. A failure ends the job as failed, never the thread.
 */
@Component
class ImportRun {

	private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

	static final int MAX_ROWS = 20_000;

	private static final int PROGRESS_EVERY = 100;

	private final ImportJobs jobs;

	private final FileStore files;

	private final SurveyRows rows;

	private final PracticeImports cards;

	private final TransactionTemplate inOneTransaction;

	ImportRun(ImportJobs jobs, FileStore files, SurveyRows rows, PracticeImports cards,
			PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.files = files;
		this.rows = rows;
		this.cards = cards;
		this.inOneTransaction = new TransactionTemplate(transactions);
	}

	/** The dry run: every row checked, the report kept, nothing else saved. */
	void check(long jobId) {
		try {
			List<RowError> errors = new ArrayList<>();
			read(jobId, errors, processed -> this.jobs.progress(jobId, processed));
			this.jobs.finish(jobId, ImportJob.Status.CHECKED, errors, null);
		}
		catch (RuntimeException ex) {
			LOG.error("Import job {}: the check failed", jobId, ex);
			this.jobs.finish(jobId, ImportJob.Status.FAILED, List.of(RowError.of(1, "", "import.error.failed")), null);
		}
	}

	/**
	 * The import: the file checked again (the lists or the comuni may have changed since
	 * the dry run) and written, in one transaction; any error writes nothing.
	 */
	void importFile(long jobId, String actor) {
		try {
			ImportJobs.Work job = this.jobs.work(jobId);
			List<RowError> errors = new ArrayList<>();
			PracticeImports.ImportOutcome outcome = this.inOneTransaction.execute(status -> {
				List<SurveyRows.Checked> checked = read(jobId, errors,
						processed -> this.jobs.progress(jobId, processed));
				if (!errors.isEmpty()) {
					status.setRollbackOnly();
					return null;
				}
				List<PracticeImports.ImportedCard> cards = checked.stream()
					.map(c -> new PracticeImports.ImportedCard(
							c.card().toCard(Provenance.IMPORTATA, c.comune().istatCode()), c.comune(), c.externalId()))
					.toList();
				return this.cards.importCards(
						new PracticeImports.ImportBatch(job.sourceId(), job.sourceName(), job.publish(), cards), actor,
						written -> this.jobs.progress(jobId, checked.size() + written));
			});
			if (outcome == null) {
				this.jobs.finish(jobId, ImportJob.Status.REFUSED, errors, null);
			}
			else {
				this.jobs.finish(jobId, ImportJob.Status.IMPORTED, List.of(), outcome);
			}
		}
		catch (RuntimeException ex) {
			LOG.error("Import job {}: the import failed, nothing was written", jobId, ex);
			this.jobs.finish(jobId, ImportJob.Status.FAILED, List.of(RowError.of(1, "", "import.error.failed")), null);
		}
	}

	/**
	 * Reads and checks the job's file: the rows without errors, the errors in
	 * {@code errors}.
	 */
	private List<SurveyRows.Checked> read(long jobId, List<RowError> errors, IntConsumer progress) {
		ImportJobs.Work job = this.jobs.work(jobId);
		long fileId = job.fileId();
		boolean spreadsheet = AcceptedType.XLSX.mediaType().equals(this.files.file(fileId).orElseThrow().mediaType());
		SurveyFile.Table table;
		try {
			table = SurveyFile.read(this.files.content(fileId), spreadsheet);
		}
		catch (SurveyFile.UnreadableException ex) {
			errors.add(RowError.of(1, "", "import.error.unreadable"));
			return List.of();
		}
		this.jobs.rowsFound(jobId, table.rows().size());
		Map<ImportColumn, Integer> positions = ImportHeaders.positions(table.headers(),
				this.jobs.mapping(job.sourceId()));
		errors.addAll(ImportHeaders.missingColumns(positions));
		if (table.rows().isEmpty()) {
			errors.add(RowError.of(1, "", "import.error.noRows"));
		}
		if (table.rows().size() > MAX_ROWS) {
			errors.add(RowError.of(1, "", "import.error.tooManyRows", String.valueOf(MAX_ROWS)));
		}
		if (!errors.isEmpty()) {
			return List.of();
		}
		RowCheck rowCheck = this.rows.rowCheck(positions);
		rowCheck.lookUpComuni(table.rows());
		List<SurveyRows.Checked> valid = new ArrayList<>();
		int processed = 0;
		for (SurveyFile.Line line : table.rows()) {
			SurveyRows.Checked checked = rowCheck.check(line);
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

}
