package it.anci.welfare.intake;

import java.time.Instant;
import java.util.List;

/**
 * An import of a survey export as its page shows it: its source and file, where it stands
 * and, once checked, its report.
 */
public record ImportJob(long id, String sourceName, String filename, boolean publish, Status status, int totalRows,
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

}
