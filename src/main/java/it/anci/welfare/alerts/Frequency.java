package it.anci.welfare.alerts;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a subscription receives its digest. */
public enum Frequency {

	GIORNALIERA("ogni giorno", Duration.ofDays(1)), SETTIMANALE("ogni settimana", Duration.ofDays(7));

	private final String label;

	private final Duration period;

	Frequency(String label, Duration period) {
		this.label = label;
		this.period = period;
	}

	/** "ogni giorno", "ogni settimana": as the pages and messages say it. */
	public String label() {
		return this.label;
	}

	Duration period() {
		return this.period;
	}

	/** The form's value ("giornaliera", "settimanale"). */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Frequency> fromValue(String value) {
		return Arrays.stream(values()).filter(f -> f.value().equals(value)).findFirst();
	}

}
