package it.anci.welfare.common;

/**
 * The items staff edit through a form of their own: the table they are kept in, their
 * staff page at {@code /admin/<adminPath>/<id>}, and their name in the audit log (also
 * the address of one whose title has no letters).
 */
public enum ItemKind {

	NEWS("news", "notizie", "notizia"), MEETING("meeting", "riunioni", "riunione"),
	TEMPLATE("doc_template", "modelli", "modello"), PRACTICE("practice", "pratiche", "pratica");

	private final String table;

	private final String adminPath;

	private final String auditName;

	ItemKind(String table, String adminPath, String auditName) {
		this.table = table;
		this.adminPath = adminPath;
		this.auditName = auditName;
	}

	public String table() {
		return this.table;
	}

	/** The staff page of one item, e.g. {@code /admin/notizie/12}. */
	public String adminPage(long id) {
		return "/admin/" + this.adminPath + "/" + id;
	}

	public String auditName() {
		return this.auditName;
	}

}
