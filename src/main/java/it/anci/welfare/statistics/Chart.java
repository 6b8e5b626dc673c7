package it.anci.welfare.statistics;

import java.util.List;

/**
 * One chart of the statistics page: its bars, a one-sentence summary for those who do not
 * read the chart, and the geometry of its SVG (computed here, so the template only places
 * what it is given: the CSP allows no inline style).
 *
 * @param id the chart's name in its CSV's address and in the page's anchors
 * @param note what the reader must know to read it right (several values per card, what a
 * bar counts), or null
 */
public record Chart(String id, String title, String valueHeading, String summary, String note, List<Bar> bars,
		Leaders leaders) {

	public Chart(String id, String title, String valueHeading, String summary, String note, List<Bar> bars) {
		this(id, title, valueHeading, summary, note, bars, null);
	}

	/**
	 * What the summary of a filter's chart says, for the page to mark the values as
	 * content: the most frequent value, the next one (or null), and the cards considered.
	 */
	public record Leaders(Bar first, Bar second, long considered) {
	}

	/** The SVG's user units: a label line above each bar, the count after it. */
	public static final int WIDTH = 400;

	static final int ROW = 42;

	static final int BAR_AREA = 340;

	/**
	 * A bar: its label, the card count, the search it leads to (null when the catalogue
	 * has no such filter).
	 */
	public record Bar(String label, String code, long count, String url, boolean selected, int index, long max) {

		public int y() {
			return 6 + this.index * ROW;
		}

		public int labelY() {
			return y() + 14;
		}

		public int barY() {
			return y() + 20;
		}

		/** At least 2 units, so a bar of one card is still seen; none for zero. */
		public int width() {
			return this.count == 0 || this.max == 0 ? 0
					: (int) Math.max(2, Math.round((double) BAR_AREA * this.count / this.max));
		}

		public int valueX() {
			return width() + 6;
		}

		/**
		 * A label that fits the chart's width; the table and the link's name keep the
		 * whole of it.
		 */
		public String shortLabel() {
			return this.label.length() <= 50 ? this.label : this.label.substring(0, 48).strip() + "…";
		}

		public String accessibleName() {
			return this.label + ": " + this.count + (this.count == 1 ? " pratica" : " pratiche");
		}

	}

	/**
	 * Whether the bars are named by the content (places, taxonomy terms: Italian) rather
	 * than by the portal.
	 */
	public boolean contentLabels() {
		return java.util.Set.of("regioni", "tipologia", "aree", "utenza", "interventi").contains(this.id);
	}

	public int height() {
		return 12 + this.bars.size() * ROW;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + height();
	}

	public long total() {
		return this.bars.stream().mapToLong(Bar::count).sum();
	}

	public boolean empty() {
		return this.bars.stream().allMatch(b -> b.count() == 0);
	}

}
