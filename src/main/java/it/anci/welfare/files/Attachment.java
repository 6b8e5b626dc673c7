package it.anci.welfare.files;

/**
 * An uploaded file attached to a meeting, a template or a news item, with the title shown
 * to the public.
 */
public record Attachment(long id, Kind kind, String title, StoredFile file) {

	public enum Owner {

		MEETING, TEMPLATE, NEWS

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
