package it.anci.welfare.catalogue;

import java.time.Instant;
import java.util.List;

import it.anci.welfare.territory.Comune;

/** A whole practice card with its codes resolved to names, as the card page and the comparison show it. */
public record PracticeDetails(long id, String slug, String title, Provenance provenance, ProviderType providerType,
		String providerName, Comune comune, TaxonomyTerm classification, List<TaxonomyTerm> serviceAreas,
		List<TaxonomyTerm> targetGroups, List<TaxonomyTerm> interventions, List<TaxonomyTerm> channels,
		String channelsNote, List<TaxonomyTerm> tools, String toolsNote, List<TaxonomyTerm> funding,
		String description, String keyFigures, String partners, Integer operatorsCount, String technologies,
		StartDate startDate,
		Integer beneficiaries, String operatorsFeedback, String citizensFeedback, String innovation,
		Continuation continuation, String continuationNote, String contactOffice, String contactEmail,
		String contactPhone, String contactUrl, List<Source> sources, Instant updatedAt) {

	public record Source(String title, SourceKind kind, String url) {
	}

	/** What the sources say where they say nothing; seeded cards store it in the text fields they do not cover. */
	public static final String NOT_STATED = "Non indicato nella fonte";

	/** "Sì – con fondi propri", or only the answer when there is no note. */
	public String continuationText() {
		return this.continuationNote == null || this.continuationNote.isBlank() || NOT_STATED.equals(this.continuationNote)
				? this.continuation.label() : this.continuation.label() + " – " + this.continuationNote;
	}

	/** The civic reports of Covid19Italia.help are CC BY 4.0: a card built on one says so. */
	public boolean citesCivicReports() {
		return this.sources.stream().anyMatch(s -> s.kind() == SourceKind.SEGNALAZIONE);
	}

}
