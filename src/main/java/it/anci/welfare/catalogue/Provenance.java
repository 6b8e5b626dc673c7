package it.anci.welfare.catalogue;

/**
 * Where a card comes from: a real practice documented from public sources, a
 * municipality's own proposal, or a row of an imported survey.
 */
public enum Provenance {

	FONTE_PUBBLICA("Documentata da fonti pubbliche"),

	/**
	 * Proposed by a municipality through the portal and checked by the editors before it
	 * was published.
	 */
	PROPOSTA("Proposta da un Comune"),

	/**
	 * Imported from a survey export or another collection, row by row, with the same
	 * checks as a card typed by staff; the card names the source and the day.
	 */
	IMPORTATA("Importata da una rilevazione");

	private final String label;

	Provenance(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The key of its label in i18n/catalogue (the interface's language). */
	public String messageKey() {
		return "catalogue.provenance." + name();
	}

}
