package it.anci.welfare.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import it.anci.welfare.territory.Comune;

/**
 * A stored card as the card page, the comparison and the exports show it: its content,
 * its comune, and the names of its taxonomy codes.
 */
public record PracticeDetails(long id, String slug, PracticeCard card, Comune comune, Terms terms,
		Verification verification, Imported imported, List<FollowUp> followUps, Replications replications,
		Instant updatedAt) {

	/** A card linked by a replication: its address, title and comune. */
	public record Linked(String slug, String title, String comuneName) {
	}

	/**
	 * The card this one replicates (or null) and the published cards that replicate this
	 * one.
	 */
	public record Replications(Linked original, List<Linked> replicas) {

		public static final Replications NONE = new Replications(null, List.of());

	}

	/** A proposed card: who proposed it and the day the editors checked it. */
	public record Verification(String proposedBy, LocalDate verifiedOn) {
	}

	/** An imported card: the name of its source and the day of its latest import. */
	public record Imported(String sourceName, LocalDate importedOn) {
	}

	/** The card's taxonomy codes with their names, in the card's order. */
	public record Terms(TaxonomyTerm kind, List<TaxonomyTerm> serviceAreas, List<TaxonomyTerm> targetGroups,
			List<TaxonomyTerm> interventions, List<TaxonomyTerm> channels, List<TaxonomyTerm> tools,
			List<TaxonomyTerm> funding) {

		static Terms of(PracticeCard card, Taxonomy t) {
			PracticeCard.Classification c = card.classification();
			PracticeCard.Service s = card.service();
			return new Terms(t.terms(t.classifications(), List.of(c.kind())).get(0),
					t.terms(t.serviceAreas(), c.serviceAreas()), t.terms(t.targetGroups(), c.targetGroups()),
					t.terms(t.interventionKinds(), c.interventions()), t.terms(t.channels(), s.channels()),
					t.terms(t.tools(), s.tools()), t.terms(t.fundingSources(), s.funding()));
		}

	}

	/**
	 * {@code followUps}: the approved ones, newest first (the exports pass only the
	 * latest).
	 */
	static PracticeDetails of(Practice p, Comune comune, Taxonomy taxonomy, List<FollowUp> followUps) {
		return of(p, comune, taxonomy, followUps, Replications.NONE);
	}

	static PracticeDetails of(Practice p, Comune comune, Taxonomy taxonomy, List<FollowUp> followUps,
			Replications replications) {
		PracticeCard card = p.card();
		Verification verification = p.proposedBy == null ? null : new Verification(p.proposedBy, p.verifiedOn);
		Imported imported = p.importedFrom == null ? null : new Imported(p.importedFrom, p.importedOn);
		return new PracticeDetails(p.id, p.slug, card, comune, Terms.of(card, taxonomy), verification, imported,
				followUps, replications, p.updatedAt);
	}

	/** The latest follow-up, if any: the practice's current state. */
	public java.util.Optional<FollowUp> currentState() {
		return this.followUps.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(this.followUps.get(0));
	}

	public String title() {
		return this.card.title();
	}

	/**
	 * A text field as the card page shows it: null when the sources do not cover it (the
	 * seed stores {@value PracticeCard#NOT_STATED} there), so that the page says so in
	 * the interface's language rather than as Italian content.
	 */
	public String stated(String value) {
		return PracticeCard.NOT_STATED.equals(value) ? null : value;
	}

}
