package it.anci.welfare.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A filter with, for each value, the number of results it would give together with the other active filters. */
public record Facet(CatalogueFilter filter, List<Value> values) {

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

	/** Shown values grouped under their heading (macro-level of a service area, region of a province). */
	public Map<String, List<Value>> groups() {
		Map<String, List<Value>> groups = new LinkedHashMap<>();
		for (Value value : shown()) {
			String group = value.option().group() == null ? "" : value.option().group();
			groups.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(value);
		}
		return groups;
	}

}
