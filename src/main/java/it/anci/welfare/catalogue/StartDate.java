package it.anci.welfare.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * When a practice started, with the precision of its source: "12 marzo 2020", "marzo
 * 2020" or "2020", never a made-up day. {@code date} is the first day of the period when
 * only the month or the year is known.
 */
@Embeddable
public record StartDate(@Column(name = "start_date") LocalDate date,
		@Enumerated(EnumType.STRING) @Column(name = "start_precision") DatePrecision precision,
		@Enumerated(EnumType.STRING) @Column(name = "start_basis") StartBasis basis) {

	private static final Locale ITALIAN = Locale.ITALIAN;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", ITALIAN);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", ITALIAN);

	public StartDate {
		date = switch (precision) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
		};
	}

	/** Reads "2020-03-12", "2020-03" or "2020". */
	public static StartDate parse(String iso, StartBasis basis) {
		String value = iso == null ? "" : iso.strip();
		if (value.matches("\\d{4}")) {
			return new StartDate(LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR, basis);
		}
		if (value.matches("\\d{4}-\\d{2}")) {
			return new StartDate(LocalDate.parse(value + "-01"), DatePrecision.MONTH, basis);
		}
		if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return new StartDate(LocalDate.parse(value), DatePrecision.DAY, basis);
		}
		throw new DateTimeParseException("not a year, month or date", value, 0);
	}

	/** "12 marzo 2020", "marzo 2020" or "2020". */
	public String label() {
		return label(ITALIAN);
	}

	/**
	 * The date at the source's precision in a language of the interface: "12 March 2020",
	 * "March 2020" or "2020".
	 */
	public String label(Locale locale) {
		return switch (this.precision) {
			case DAY -> DAY.withLocale(locale).format(this.date);
			case MONTH -> MONTH.withLocale(locale).format(this.date);
			case YEAR -> String.valueOf(this.date.getYear());
		};
	}

	/**
	 * ISO 8601 at the source's precision, as the exports and {@code <time datetime>}
	 * write it.
	 */
	@JsonValue
	public String iso() {
		return switch (this.precision) {
			case DAY -> this.date.toString();
			case MONTH -> this.date.toString().substring(0, 7);
			case YEAR -> String.valueOf(this.date.getYear());
		};
	}

	/** The line a result list shows: "Avvio: marzo 2020" or "Attiva nel 2020". */
	public String phrase() {
		if (this.basis == StartBasis.AVVIO) {
			return "Avvio: " + label();
		}
		return switch (this.precision) {
			case DAY -> "Attiva al " + label();
			case MONTH -> "Attiva a " + label();
			case YEAR -> "Attiva nel " + label();
		};
	}

	/**
	 * The key in i18n/catalogue of {@link #phrase()}, whose argument is
	 * {@link #label(Locale)}.
	 */
	public String phraseKey() {
		return "catalogue.start.phrase." + (this.basis == StartBasis.AVVIO ? "AVVIO" : this.precision.name());
	}

	@Override
	public String toString() {
		return iso();
	}

}
