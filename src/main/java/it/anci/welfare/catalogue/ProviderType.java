package it.anci.welfare.catalogue;

/** Kinds of providing body (ente erogatore). */
public enum ProviderType {

	COMUNE("Comune"), UNIONE_COMUNI("Unione di Comuni"), AMBITO("Ambito territoriale sociale"),
	CITTA_METROPOLITANA("Città metropolitana"), CONSORZIO("Consorzio");

	private final String label;

	ProviderType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
