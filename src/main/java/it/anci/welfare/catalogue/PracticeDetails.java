package it.anci.welfare.catalogue;

import java.time.Instant;
import java.util.List;

import it.anci.welfare.territory.Comune;

/**
 * A stored card as the card page, the comparison and the exports show it: its content, its comune, and the names of
 * its taxonomy codes.
 */
public record PracticeDetails(long id, String slug, PracticeCard card, Comune comune, Terms terms, Instant updatedAt) {

	/** The card's taxonomy codes with their names, in the card's order. */
	public record Terms(TaxonomyTerm kind, List<TaxonomyTerm> serviceAreas, List<TaxonomyTerm> targetGroups,
			List<TaxonomyTerm> interventions, List<TaxonomyTerm> channels, List<TaxonomyTerm> tools,
			List<TaxonomyTerm> funding) {

		static Terms of(PracticeCard card, Taxonomy t) {
			PracticeCard.Classification c = card.classification();
			PracticeCard.Service s = card.service();
			return new Terms(t.terms(t.classifications(), List.of(c.kind())).get(0), t.terms(t.serviceAreas(), c.serviceAreas()),
					t.terms(t.targetGroups(), c.targetGroups()), t.terms(t.interventionKinds(), c.interventions()),
					t.terms(t.channels(), s.channels()), t.terms(t.tools(), s.tools()), t.terms(t.fundingSources(), s.funding()));
		}

	}

	static PracticeDetails of(Practice p, Comune comune, Taxonomy taxonomy) {
		PracticeCard card = p.card();
		return new PracticeDetails(p.id, p.slug, card, comune, Terms.of(card, taxonomy), p.updatedAt);
	}

	public String title() {
		return this.card.title();
	}

}
