package it.anci.welfare.opendata;

import java.util.List;

/**
 * What the {@code <head>} of a public page says about it: search engines, link previews
 * (Open Graph, Twitter cards) and feed readers read these.
 *
 * @param title the document title when it depends on the request (filters, page),
 * otherwise null: the template's own
 * @param shareTitle the title of a link preview, without the portal's name
 * @param jsonLd schema.org JSON-LD, already escaped for a {@code <script>} element, or
 * null
 */
public record PageMetadata(String title, String shareTitle, String description, String canonicalUrl, String ogType,
		String jsonLd, List<Alternate> alternates) {

	/** Another representation of the page: a feed, a calendar. */
	public record Alternate(String type, String title, String href) {
	}

	public static PageMetadata of(String shareTitle, String description, String canonicalUrl) {
		return new PageMetadata(null, shareTitle, description, canonicalUrl, "website", null, List.of());
	}

	public PageMetadata withTitle(String documentTitle) {
		return new PageMetadata(documentTitle, this.shareTitle, this.description, this.canonicalUrl, this.ogType,
				this.jsonLd, this.alternates);
	}

	/** The same page's address in another language of the interface. */
	public PageMetadata withCanonicalUrl(String url) {
		return new PageMetadata(this.title, this.shareTitle, this.description, url, this.ogType, this.jsonLd,
				this.alternates);
	}

	public PageMetadata withJsonLd(String type, String json) {
		return new PageMetadata(this.title, this.shareTitle, this.description, this.canonicalUrl, type, json,
				this.alternates);
	}

	public PageMetadata withAlternate(Alternate alternate) {
		List<Alternate> more = new java.util.ArrayList<>(this.alternates);
		more.add(alternate);
		return new PageMetadata(this.title, this.shareTitle, this.description, this.canonicalUrl, this.ogType,
				this.jsonLd, List.copyOf(more));
	}

}
