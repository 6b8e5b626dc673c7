package it.anci.welfare.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A dated follow-up of a card («Aggiornamento»): its state then, a note, the source that
 * says so. {@code approved} is false while a municipality's follow-up waits for the
 * editors.
 */
public record FollowUp(long id, LocalDate day, FollowUpState state, String note, String sourceTitle, String sourceUrl,
		String author, boolean approved) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ITALIAN);

	/** The source as a link, or null when it is not a web address. */
	public String sourceLink() {
		return it.anci.welfare.common.WebLinks.safe(this.sourceUrl);
	}

	/** "12 marzo 2021". */
	public String dayLabel() {
		return DAY.format(this.day);
	}

	/** "12 March 2021": the day in a language of the interface. */
	public String dayLabel(Locale locale) {
		return DAY.withLocale(locale).format(this.day);
	}

}
