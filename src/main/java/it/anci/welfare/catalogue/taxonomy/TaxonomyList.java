package it.anci.welfare.catalogue.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The managed lists an administrator edits, with where their codes live in the practice
 * table.
 */
public enum TaxonomyList {

	CLASSIFICAZIONE("classificazione", "Classificazione dei servizi", "classification", null, "classification", false,
			false),
	AREE("aree", "Aree di intervento", "service_area", "level = 2", "service_areas", true, true),
	DESTINATARI("destinatari", "Destinatari", "target_group", null, "target_groups", true, true),
	INTERVENTI("interventi", "Tipi di intervento", "intervention_kind", null, "interventions", true, true),
	CANALI("canali", "Canali di accesso e di contatto", "communication_mode", "kind = 'CANALE'", "channels", true,
			true),
	STRUMENTI("strumenti", "Strumenti di comunicazione", "communication_mode", "kind = 'STRUMENTO'", "tools", true,
			true),
	FINANZIAMENTI("finanziamenti", "Fonti di finanziamento", "funding_source", null, "funding", true, true);

	private final String slug;

	private final String label;

	final String table;

	/** Which rows of the table belong to the list; null for all of them. */
	final String rows;

	final String practiceColumn;

	final boolean array;

	/**
	 * The publication fixes the three classifications: they can be renamed, not added or
	 * removed.
	 */
	private final boolean open;

	TaxonomyList(String slug, String label, String table, String rows, String practiceColumn, boolean array,
			boolean open) {
		this.slug = slug;
		this.label = label;
		this.table = table;
		this.rows = rows;
		this.practiceColumn = practiceColumn;
		this.array = array;
		this.open = open;
	}

	public String slug() {
		return this.slug;
	}

	public String label() {
		return this.label;
	}

	/** The key of its label in i18n/admin-catalogue (the interface's language). */
	public String messageKey() {
		return "admin.taxonomy.list." + name();
	}

	public boolean open() {
		return this.open;
	}

	public boolean grouped() {
		return this == AREE;
	}

	public static Optional<TaxonomyList> ofSlug(String slug) {
		return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
	}

	String where() {
		return this.rows == null ? "true" : this.rows;
	}

}
