package it.anci.welfare.catalogue;

/**
 * What became of a practice, as a follow-up records it; the latest one is the card's
 * current state.
 */
public enum FollowUpState {

	PROSEGUITA("Proseguita"), ESTESA("Estesa"), SOSPESA("Sospesa"), CONCLUSA("Conclusa"),
	ASSORBITA("Assorbita nella programmazione ordinaria o nel Piano di zona");

	private final String label;

	FollowUpState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The key of its label in i18n/catalogue (the interface's language). */
	public String messageKey() {
		return "catalogue.followUpState." + name();
	}

}
