package it.anci.welfare.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import it.anci.welfare.territory.Comune;

/** A whole practice card with its codes resolved to names, as the card page and the comparison show it. */
public record PracticeDetails(long id, String slug, String title, Provenance provenance, ProviderType providerType,
		String providerName, Comune comune, TaxonomyTerm classification, List<TaxonomyTerm> serviceAreas,
		List<TaxonomyTerm> targetGroups, List<TaxonomyTerm> interventions, List<TaxonomyTerm> channels,
		String channelsNote, List<TaxonomyTerm> tools, String toolsNote, List<TaxonomyTerm> funding,
		String description, String partners, Integer operatorsCount, String technologies, LocalDate startDate,
		Integer beneficiaries, String operatorsFeedback, String citizensFeedback, String innovation,
		Continuation continuation, String continuationNote, String contactOffice, String contactEmail,
		String contactPhone, String contactUrl, List<Source> sources, Instant updatedAt) {

	public record Source(String title, String url) {
	}

	public boolean example() {
		return this.provenance == Provenance.ESEMPIO;
	}

}
