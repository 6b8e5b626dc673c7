package it.anci.welfare.accounts;

/**
 * Staff roles: ADMIN does everything including accounts and taxonomy; EDITOR publishes
 * content.
 */
public enum Role {

	ADMIN("Amministratore"), EDITOR("Redattore");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
