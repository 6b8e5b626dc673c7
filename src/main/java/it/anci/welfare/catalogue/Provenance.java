package it.anci.welfare.catalogue;

/** Where a card comes from: a documented real practice or an illustrative example. */
public enum Provenance {

	FONTE_PUBBLICA("Fonte pubblica documentata"), ESEMPIO("Scheda di esempio");

	private final String label;

	Provenance(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
