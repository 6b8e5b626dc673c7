package it.anci.welfare.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The managed lists of the practice card, in their display order. */
public record Taxonomy(List<TaxonomyTerm> classifications, List<TaxonomyTerm> macroLevels,
		List<TaxonomyTerm> serviceAreas, List<TaxonomyTerm> targetGroups, List<TaxonomyTerm> interventionKinds,
		List<TaxonomyTerm> channels, List<TaxonomyTerm> tools, List<TaxonomyTerm> fundingSources) {

	/**
	 * The form fields of these groups holding a code that is not in its list: codes come
	 * from checkboxes, but a hand-made request or a list changed meanwhile could send
	 * others.
	 */
	public List<String> unknownCodes(PracticeCard.Classification classification, PracticeCard.Service service) {
		Map<String, Boolean> known = new LinkedHashMap<>();
		known.put("classification.kind", classification.kind() == null || classification.kind().isBlank()
				|| knows(classifications(), List.of(classification.kind())));
		known.put("classification.serviceAreas", knows(serviceAreas(), classification.serviceAreas()));
		known.put("classification.targetGroups", knows(targetGroups(), classification.targetGroups()));
		known.put("classification.interventions", knows(interventionKinds(), classification.interventions()));
		known.put("service.channels", knows(channels(), service.channels()));
		known.put("service.tools", knows(tools(), service.tools()));
		known.put("service.funding", knows(fundingSources(), service.funding()));
		return known.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
	}

	private static boolean knows(List<TaxonomyTerm> list, List<String> codes) {
		return list.stream().map(TaxonomyTerm::code).collect(Collectors.toSet()).containsAll(codes);
	}

	/** Names of the classifications by code, for the lists of cards. */
	public Map<String, String> classificationNames() {
		return classifications().stream().collect(Collectors.toMap(TaxonomyTerm::code, TaxonomyTerm::name));
	}

	public String name(List<TaxonomyTerm> list, String code) {
		return list.stream().filter(t -> t.code().equals(code)).map(TaxonomyTerm::name).findFirst().orElse(code);
	}

	public List<String> names(List<TaxonomyTerm> list, List<String> codes) {
		Map<String, String> byCode = list.stream().collect(Collectors.toMap(TaxonomyTerm::code, TaxonomyTerm::name));
		return codes.stream().map(c -> byCode.getOrDefault(c, c)).toList();
	}

	public List<TaxonomyTerm> terms(List<TaxonomyTerm> list, List<String> codes) {
		Map<String, TaxonomyTerm> byCode = list.stream()
			.collect(Collectors.toMap(TaxonomyTerm::code, Function.identity()));
		return codes.stream().map(c -> byCode.getOrDefault(c, new TaxonomyTerm(c, c, null))).toList();
	}

}
