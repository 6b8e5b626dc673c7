package it.anci.welfare.intake;

/** Where a proposal stands, with the words the submitter and the editors read. */
public enum ProposalState {

	DA_CONFERMARE("Da confermare", "in attesa della conferma dell'indirizzo di posta elettronica"),
	DA_MODERARE("Da moderare", "ricevuta, in attesa della verifica della redazione"),
	DA_RIVEDERE("Da rivedere", "la redazione chiede alcune modifiche"),
	PUBBLICATA("Pubblicata", "verificata e pubblicata nel catalogo"), RESPINTA("Respinta", "non pubblicata");

	private final String label;

	private final String description;

	ProposalState(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

	/** The state in a URL: "da-moderare". */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static java.util.Optional<ProposalState> fromSlug(String slug) {
		return java.util.Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
	}

	/** The editors decide only on confirmed proposals that are not decided yet. */
	public boolean awaitsEditors() {
		return this == DA_MODERARE;
	}

}
