package it.anci.welfare.common;

import java.util.List;
import java.util.function.Function;

/**
 * A save refused because someone else saved the same item since the form was loaded
 * (optimistic locking). It carries both versions field by field, for the one conflict
 * page every editor shows (HTTP 409): nothing is overwritten and nothing typed is lost.
 */
public class StaleEditException extends RuntimeException {

	/**
	 * A field of the item: its label (a key of {@code i18n/*.properties}, or a text shown
	 * as written), how to read it from a draft, and whether it is a long text (shown
	 * preformatted).
	 */
	public record Field<D>(String label, Function<D, String> value, boolean longText) {

		public static <D> Field<D> text(String label, Function<D, String> value) {
			return new Field<>(label, value, true);
		}

		public static <D> Field<D> line(String label, Function<D, String> value) {
			return new Field<>(label, value, false);
		}

	}

	/**
	 * One field in the version typed now and in the version saved meanwhile (null when
	 * the item was deleted).
	 */
	public record Row(String label, String mine, String saved, boolean longText) {
	}

	private final String headline;

	private final String reopenPath;

	private final List<Row> rows;

	private final boolean deleted;

	private StaleEditException(String headline, String reopenPath, List<Row> rows, boolean deleted) {
		super(headline);
		this.headline = headline;
		this.reopenPath = reopenPath;
		this.rows = rows;
		this.deleted = deleted;
	}

	/**
	 * @param headline what happened: a key of {@code i18n/*.properties} such as
	 * {@code news.admin.conflict} ("La notizia è stata modificata da un'altra persona"),
	 * put into words in the reader's language, or a text shown as written
	 * @param saved the version stored now, or null when the item was deleted meanwhile
	 */
	public static <D> StaleEditException of(String headline, String reopenPath, D mine, D saved,
			List<Field<D>> fields) {
		return new StaleEditException(headline, reopenPath,
				fields.stream()
					.map(f -> new Row(f.label(), orEmpty(f.value().apply(mine)),
							saved == null ? null : orEmpty(f.value().apply(saved)), f.longText()))
					.toList(),
				saved == null);
	}

	public String headline() {
		return this.headline;
	}

	public String reopenPath() {
		return this.reopenPath;
	}

	public List<Row> rows() {
		return this.rows;
	}

	public boolean deleted() {
		return this.deleted;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
