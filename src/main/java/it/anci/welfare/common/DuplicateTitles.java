package it.anci.welfare.common;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds an item that already has the title of one being created. A second item with the
 * same title would silently get an address ending in "-2"; staff are warned first and
 * save it only once they confirm it is another item.
 */
@Component
public class DuplicateTitles {

	/** The request parameter of the confirmation box. */
	public static final String CONFIRMATION = "confermaTitolo";

	private final JdbcClient jdbc;

	private final FormSubmissions submissions;

	DuplicateTitles(JdbcClient jdbc, FormSubmissions submissions) {
		this.jdbc = jdbc;
		this.submissions = submissions;
	}

	/**
	 * The staff page of the item with the same title (case and spacing aside), or empty
	 * when there is none or the creation was confirmed. Only creations are checked (an
	 * item keeps its address when it is renamed), and not a repeated submission of a
	 * create form, which gets the item its first submission created.
	 */
	public Optional<String> before(ItemKind kind, Long id, String title, String submissionToken, String confirmation) {
		if (id != null || "si".equals(confirmation) || title == null || title.isBlank()) {
			return Optional.empty();
		}
		// The title first, the token after: a parallel click's item commits together with
		// its token, so once its
		// title is visible so is the token, and this request is recognised as a repeat
		// rather than a duplicate.
		Optional<String> existing = this.jdbc.sql("select id from " + kind.table()
				+ " where lower(regexp_replace(title, '\\s+', ' ', 'g')) = lower(regexp_replace(?, '\\s+', ' ', 'g')) "
				+ "order by id limit 1")
			.param(title.strip())
			.query(Long.class)
			.optional()
			.map(kind::adminPage);
		return existing.isPresent() && this.submissions.received(submissionToken) ? Optional.empty() : existing;
	}

}
