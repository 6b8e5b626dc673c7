package it.anci.welfare.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A filter with, for each value, the number of results it would give together with the
 * other active filters.
 *
 * @param listedGroups the groups whose values are listed as check boxes, the others being
 * offered in one menu ({@link #menu()}); null lists every group. The 107 provinces as
 * check boxes were a fifth of the catalogue page (issue 16): they are listed for the
 * chosen regions only.
 */
public record Facet(CatalogueFilter filter, List<Value> values, Set<String> listedGroups) {

	public Facet(CatalogueFilter filter, List<Value> values) {
		this(filter, values, null);
	}

	public record Value(FilterOption option, long count, boolean selected) {

		public boolean disabled() {
			return this.count == 0 && !this.selected;
		}

	}

	public boolean active() {
		return this.values.stream().anyMatch(Value::selected);
	}

	/** Values with results or selected; the others would only add noise. */
	public List<Value> shown() {
		return this.values.stream().filter(v -> !v.disabled()).toList();
	}

	/**
	 * Shown values listed as check boxes, grouped under their heading (macro-level of a
	 * service area, region of a province).
	 */
	public Map<String, List<Value>> groups() {
		return grouped(shown().stream().filter(this::listed).toList());
	}

	/**
	 * Shown values not listed as check boxes, by group in alphabetical order: one menu
	 * offers them.
	 */
	public Map<String, List<Value>> menu() {
		return new java.util.TreeMap<>(grouped(shown().stream().filter(v -> !listed(v)).toList()));
	}

	private boolean listed(Value value) {
		return this.listedGroups == null || value.selected() || this.listedGroups.contains(group(value));
	}

	private static Map<String, List<Value>> grouped(List<Value> values) {
		Map<String, List<Value>> groups = new LinkedHashMap<>();
		for (Value value : values) {
			groups.computeIfAbsent(group(value), g -> new java.util.ArrayList<>()).add(value);
		}
		return groups;
	}

	private static String group(Value value) {
		return value.option().group() == null ? "" : value.option().group();
	}

}
