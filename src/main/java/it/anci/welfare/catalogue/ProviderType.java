package it.anci.welfare.catalogue;

/** Kinds of providing body (ente erogatore). */
public enum ProviderType {

	COMUNE("Comune"), MUNICIPIO("Municipio"), UNIONE_COMUNI("Unione di Comuni"),
	COMUNITA_MONTANA("Comunità montana o di valle"), AMBITO("Ambito territoriale sociale"), CONSORZIO("Consorzio"),
	SOCIETA_DELLA_SALUTE("Società della Salute"), AZIENDA_SERVIZI("Azienda di servizi alla persona"),
	CITTA_METROPOLITANA("Città metropolitana");

	private final String label;

	ProviderType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The key of its label in i18n/catalogue (the interface's language). */
	public String messageKey() {
		return "catalogue.providerType." + name();
	}

}
