package it.anci.welfare.files;

/**
 * An uploaded file attached to a meeting, a template, a news item or a proposal, with the
 * title shown to the public (to the editors, for a proposal).
 */
public record Attachment(long id, Kind kind, String title, StoredFile file) {

	/** What a file can be attached to: its table, and its name in the audit log. */
	public enum Owner {

		MEETING("meeting", "riunione"), TEMPLATE("doc_template", "modello"), NEWS("news", "notizia"),
		/**
		 * Documents sent with a municipality's proposal: stored with it, see
		 * {@link Attachments#store}.
		 */
		PROPOSAL("proposal", "proposta");

		final String table;

		final String auditTarget;

		Owner(String table, String auditTarget) {
			this.table = table;
			this.auditTarget = auditTarget;
		}

	}

	public enum Kind {

		CONVOCAZIONE("Convocazione"), VERBALE("Verbale"), DOCUMENTO("Documento");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
