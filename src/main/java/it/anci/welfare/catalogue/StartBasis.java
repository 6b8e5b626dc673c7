package it.anci.welfare.catalogue;

/** What a card's start date stands for. */
public enum StartBasis {

	/** The source gives it as the start of the measure. */
	AVVIO("Data di avvio indicata dalla fonte"),
	/**
	 * Only the date of the source (a report, an article, an act) is known: the measure
	 * was running by then.
	 */
	FONTE("Data della fonte: a quella data il servizio era già attivo");

	private final String label;

	StartBasis(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The key of its label in i18n/catalogue (the interface's language). */
	public String messageKey() {
		return "catalogue.startBasis." + name();
	}

}
