package it.anci.welfare.intake;

import java.util.List;

/**
 * One problem of an import file: its line (the header is line 1, as a spreadsheet numbers
 * its rows), the column, and a message code with its arguments, which the page resolves
 * in the reader's language ({@code i18n/import*.properties}).
 */
public record RowError(int line, String column, String code, List<String> args) {

	public RowError {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static RowError of(int line, String column, String code, String... args) {
		return new RowError(line, column, code, List.of(args));
	}

	/** For {@code #messages.msgWithParams}. */
	public Object[] arguments() {
		return this.args.toArray();
	}

}
