package it.anci.welfare.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.anci.welfare.common.Slugs;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A catalogue request as understood: the cleaned text, the known filter values, the order
 * and the page. Every state is a GET URL; the methods below write the URLs of the
 * neighbouring states (remove a chip, change page, export).
 *
 * @param ignored the values of the request that were not understood, to show the user
 * (messages of i18n/catalogue)
 */
public record CatalogueQuery(String text, Map<CatalogueFilter, List<FilterOption>> selected, CatalogueSort sort,
		boolean sortChosen, int page, List<MessageSourceResolvable> ignored) {

	public static final int PAGE_SIZE = 20;

	/** The whole catalogue, most recent first. */
	public static CatalogueQuery empty() {
		return new CatalogueQuery("", Map.of(), CatalogueSort.RECENTI, false, 1, List.of());
	}

	public boolean hasText() {
		return !this.text.isEmpty();
	}

	public boolean hasFilters() {
		return !this.selected.isEmpty();
	}

	public List<FilterOption> selected(CatalogueFilter filter) {
		return this.selected.getOrDefault(filter, List.of());
	}

	public boolean isSelected(CatalogueFilter filter, FilterOption option) {
		return selected(filter).contains(option);
	}

	/** The same query on another page. */
	public CatalogueQuery onPage(int otherPage) {
		return new CatalogueQuery(this.text, this.selected, this.sort, this.sortChosen, otherPage, this.ignored);
	}

	public String url() {
		return url("/pratiche", this.selected, this.page, true);
	}

	public String pageUrl(int otherPage) {
		return url("/pratiche", this.selected, otherPage, true);
	}

	public String exportUrl(String format) {
		return url("/pratiche." + format, this.selected, 1, true);
	}

	public String urlWithout(CatalogueFilter filter, FilterOption option) {
		Map<CatalogueFilter, List<FilterOption>> remaining = copy();
		List<FilterOption> values = new ArrayList<>(remaining.get(filter));
		values.remove(option);
		if (values.isEmpty()) {
			remaining.remove(filter);
		}
		else {
			remaining.put(filter, values);
		}
		return url("/pratiche", remaining, 1, true);
	}

	public String urlWithoutFilter(CatalogueFilter filter) {
		Map<CatalogueFilter, List<FilterOption>> remaining = copy();
		remaining.remove(filter);
		return url("/pratiche", remaining, 1, true);
	}

	public String urlWith(CatalogueFilter filter, FilterOption option) {
		Map<CatalogueFilter, List<FilterOption>> more = copy();
		List<FilterOption> values = new ArrayList<>(more.getOrDefault(filter, List.of()));
		if (!values.contains(option)) {
			values.add(option);
		}
		more.put(filter, values);
		return url("/pratiche", more, 1, true);
	}

	/** The URL with no filters, keeping the text. */
	public String urlWithoutFilters() {
		return url("/pratiche", Map.of(), 1, true);
	}

	public String urlWithoutText() {
		return withoutText().url();
	}

	/**
	 * A file name that says what an export holds: "pratiche-umbria-anziani-2026-12-01"
	 * (the text, then the chosen values in filter order, then the day), at most about 100
	 * characters.
	 */
	public String exportName(LocalDate day) {
		StringBuilder name = new StringBuilder("pratiche");
		if (hasText()) {
			name.append('-').append(Slugs.of(this.text));
		}
		this.selected.values()
			.forEach(options -> options.forEach(option -> name.append('-').append(Slugs.of(option.label()))));
		String base = name.length() > 88 ? name.substring(0, 88).replaceAll("-[^-]*$", "") : name.toString();
		return base + "-" + day;
	}

	/** The same filters and sort with no text, from the first page. */
	public CatalogueQuery withoutText() {
		return withText("");
	}

	/** The same filters and sort with another text, from the first page. */
	public CatalogueQuery withText(String otherText) {
		return new CatalogueQuery(otherText, this.selected, this.sort, this.sortChosen, 1, List.of());
	}

	private Map<CatalogueFilter, List<FilterOption>> copy() {
		return new LinkedHashMap<>(this.selected);
	}

	private String url(String path, Map<CatalogueFilter, List<FilterOption>> filters, int onPage, boolean withSort) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		if (hasText()) {
			builder.queryParam("q", this.text);
		}
		filters.forEach(
				(filter, options) -> options.forEach(option -> builder.queryParam(filter.parameter(), option.value())));
		if (withSort && this.sortChosen) {
			builder.queryParam("ordina", this.sort.value());
		}
		if (onPage > 1) {
			builder.queryParam("pagina", onPage);
		}
		return builder.encode().build().toUriString();
	}

}
