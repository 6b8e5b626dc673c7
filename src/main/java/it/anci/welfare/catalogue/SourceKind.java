package it.anci.welfare.catalogue;

/** What kind of publication a card's source is. */
public enum SourceKind {

	ENTE("Sito del Comune o dell'ente"), STAMPA("Stampa locale"), SEGNALAZIONE("Segnalazione civica"),
	ATTO("Atto ufficiale"), ALTRO("Altra pubblicazione");

	private final String label;

	SourceKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The key of its label in i18n/catalogue (the interface's language). */
	public String messageKey() {
		return "catalogue.sourceKind." + name();
	}

}
