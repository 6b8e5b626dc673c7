package it.anci.welfare.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue filters: URL parameter, label, column of {@code practice} and whether the
 * column is an array (several codes per card). Several values of one filter mean "any
 * of"; different filters combine with "and".
 */
public enum CatalogueFilter {

	TIPO("tipo", "Tipologia di servizio", "classification", false),
	AREA("area", "Area di servizio", "service_areas", true), UTENZA("utenza", "Area di utenza", "target_groups", true),
	INTERVENTO("intervento", "Tipo di intervento", "interventions", true),
	REGIONE("regione", "Regione", "region_code", false), PROVINCIA("provincia", "Provincia", "province_code", false),
	DIMENSIONE("dimensione", "Dimensione del Comune", "size_class", false),
	PROSEGUE("prosegue", "Prosecuzione dopo l'emergenza", "continuation", false),
	/**
	 * The state of the latest follow-up, or NESSUNO: computed when the facet index is
	 * built.
	 */
	STATO("stato", "Stato attuale", "current_state", false),
	FONTE("fonte", "Provenienza della scheda", "provenance", false);

	private final String parameter;

	private final String label;

	private final String column;

	private final boolean array;

	CatalogueFilter(String parameter, String label, String column, boolean array) {
		this.parameter = parameter;
		this.label = label;
		this.column = column;
		this.array = array;
	}

	public String parameter() {
		return this.parameter;
	}

	public String label() {
		return this.label;
	}

	/** The column of {@code practice} the search index reads. */
	public String column() {
		return this.column;
	}

	/**
	 * The value in plain SQL over {@code practice}: the column, or for the current state
	 * the function that gives it.
	 */
	public String sql() {
		return this == STATO ? "practice_current_state(id)" : this.column;
	}

	/** Whether the column holds several codes per card. */
	public boolean array() {
		return this.array;
	}

	public static Optional<CatalogueFilter> fromParameter(String parameter) {
		return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
	}

	/** The key of its label in i18n/catalogue (the interface's language). */
	public String messageKey() {
		return "catalogue.filter." + name();
	}

}
