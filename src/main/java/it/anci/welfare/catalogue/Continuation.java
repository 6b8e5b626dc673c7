package it.anci.welfare.catalogue;

/** Whether the service goes on after the emergency. */
public enum Continuation {

	SI("Sì"), NO("No"), IN_VALUTAZIONE("In valutazione"), NON_INDICATO("Non indicato nella fonte");

	private final String label;

	Continuation(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The key of its label in i18n/catalogue (the interface's language). */
	public String messageKey() {
		return "catalogue.continuation." + name();
	}

}
