package it.anci.welfare.meetings;

/** How participants attend. */
public enum MeetingKind {

	IN_PRESENZA("In presenza"), ONLINE("Online"), IBRIDA("Ibrida (in presenza e online)");

	private final String label;

	MeetingKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
