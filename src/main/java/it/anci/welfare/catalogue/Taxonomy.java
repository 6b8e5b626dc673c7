package it.anci.welfare.catalogue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The managed lists of the practice card, in their display order. */
public record Taxonomy(List<TaxonomyTerm> classifications, List<TaxonomyTerm> macroLevels,
		List<TaxonomyTerm> serviceAreas, List<TaxonomyTerm> targetGroups, List<TaxonomyTerm> interventionKinds,
		List<TaxonomyTerm> channels, List<TaxonomyTerm> tools, List<TaxonomyTerm> fundingSources) {

	public String name(List<TaxonomyTerm> list, String code) {
		return list.stream().filter(t -> t.code().equals(code)).map(TaxonomyTerm::name).findFirst().orElse(code);
	}

	public List<String> names(List<TaxonomyTerm> list, List<String> codes) {
		Map<String, String> byCode = list.stream().collect(Collectors.toMap(TaxonomyTerm::code, TaxonomyTerm::name));
		return codes.stream().map(c -> byCode.getOrDefault(c, c)).toList();
	}

	public List<TaxonomyTerm> terms(List<TaxonomyTerm> list, List<String> codes) {
		Map<String, TaxonomyTerm> byCode = list.stream().collect(Collectors.toMap(TaxonomyTerm::code, Function.identity()));
		return codes.stream().map(c -> byCode.getOrDefault(c, new TaxonomyTerm(c, c, null))).toList();
	}

}
