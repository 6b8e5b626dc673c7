package it.anci.welfare.catalogue;

/**
 * Where a card comes from. Today every card is a real practice documented from public sources; proposals by the
 * municipalities and imported survey data will be told apart here.
 */
public enum Provenance {

	FONTE_PUBBLICA("Documentata da fonti pubbliche");

	private final String label;

	Provenance(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
