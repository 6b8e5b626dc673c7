package it.anci.welfare.catalogue;

import java.util.List;

/**
 * One card in the CSV and JSON exports. The field list is stable and documented in the README; names of the managed
 * lists are exported, codes stay in the URL parameters.
 */
public record PracticeExport(String slug, String url, String title, String provenance, String providerType,
		String providerName, String comuneIstatCode, String comune, String province, String provinceCode,
		String region, String sizeClass, String classification, List<String> serviceAreas,
		List<String> targetGroups, List<String> interventions, List<String> channels, String channelsNote,
		List<String> tools, String toolsNote, List<String> funding, String description, String keyFigures,
		String partners, Integer operatorsCount, String technologies, StartDate startDate, String startBasis,
		Integer beneficiaries,
		String operatorsFeedback, String citizensFeedback, String innovation, String continuation,
		String continuationNote, String contactOffice, String contactEmail, String contactPhone, String contactUrl,
		List<PracticeDetails.Source> sources) {

}
