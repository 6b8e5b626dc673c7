package it.anci.welfare.intake;

import java.util.List;

/**
 * An upload the import does not take: its HTTP status (413 too large, 415 not a CSV or
 * XLSX, 422 empty or unreadable, or no source named) and the message code of the page.
 */
public class ImportRejectedException extends RuntimeException {

	private final int status;

	private final String code;

	private final List<String> args;

	ImportRejectedException(int status, String code, String... args) {
		super(code);
		this.status = status;
		this.code = code;
		this.args = List.of(args);
	}

	public int status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.args.toArray();
	}

}
