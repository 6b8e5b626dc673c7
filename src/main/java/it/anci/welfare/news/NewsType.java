package it.anci.welfare.news;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Kinds of item, as on Italian municipal sites. */
public enum NewsType {

	NOTIZIA("Notizia"), COMUNICATO("Comunicato"), AVVISO("Avviso");

	private final String label;

	NewsType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<NewsType> fromValue(String value) {
		return Arrays.stream(values()).filter(t -> t.value().equalsIgnoreCase(value)).findFirst();
	}

}
