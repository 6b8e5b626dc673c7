package it.anci.welfare.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Orders of the result list; relevance only makes sense with a text query. */
public enum CatalogueSort {

	RILEVANZA("rilevanza", "Rilevanza"), RECENTI("recenti", "Più recenti"), TITOLO("titolo", "Titolo (A-Z)"),
	COMUNE("comune", "Comune (A-Z)");

	private final String value;

	private final String label;

	CatalogueSort(String value, String label) {
		this.value = value;
		this.label = label;
	}

	public String value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

	public static Optional<CatalogueSort> fromValue(String value) {
		return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
	}

	/** The key of its label in i18n/catalogue (the interface's language). */
	public String messageKey() {
		return "catalogue.sort." + name();
	}

}
