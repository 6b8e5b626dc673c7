package it.anci.welfare.catalogue;

/**
 * One value of a filter: what the URL carries ({@code value}), the code stored on the
 * card, the label shown, and an optional group heading (the macro-level of a service
 * area, the region of a province).
 *
 * @param messageKey the key of the label in the interface's language for the values the
 * portal names (size, continuation, state, provenance); null for content (taxonomy terms,
 * places), which stays in Italian
 */
public record FilterOption(String value, String code, String label, String group, String messageKey) {

	public FilterOption(String value, String code, String label, String group) {
		this(value, code, label, group, null);
	}

	/** Whether the label is content in Italian (a taxonomy term, a place). */
	public boolean content() {
		return this.messageKey == null;
	}

}
