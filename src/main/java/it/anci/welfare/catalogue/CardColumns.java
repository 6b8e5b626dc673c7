package it.anci.welfare.catalogue;

import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of a card's content, shared by the tables that hold one (a published card,
 * a municipality's proposal): one embeddable per group of {@link PracticeCard}, written
 * and read in one place. Each table keeps its own sources.
 */
@MappedSuperclass
public abstract class CardColumns {

	protected String title;

	@Embedded
	protected PracticeCard.Provider provider;

	protected String comuneCode;

	@Embedded
	protected PracticeCard.Classification classification;

	@Embedded
	protected PracticeCard.Service service;

	@Embedded
	protected StartDate start;

	@Embedded
	protected PracticeCard.Feedback feedback;

	@Embedded
	protected PracticeCard.Continuity continuation;

	@Embedded
	protected PracticeCard.Contact contact;

	/** The table's own list of sources, in order. */
	protected abstract List<PracticeCard.Source> sources();

	protected abstract Provenance provenance();

	public PracticeCard card() {
		return new PracticeCard(this.title, provenance(), this.provider, this.comuneCode, this.classification,
				this.service, this.start, this.feedback, this.continuation, this.contact, sources());
	}

	/**
	 * Takes what was typed, without spaces around; an optional text left empty is stored
	 * as null.
	 */
	protected void writeCard(PracticeCard card) {
		this.title = card.title().strip();
		this.provider = new PracticeCard.Provider(card.provider().type(), card.provider().name().strip());
		this.comuneCode = card.comuneCode();
		this.classification = card.classification();
		PracticeCard.Service s = card.service();
		this.service = new PracticeCard.Service(s.description().strip(), optional(s.keyFigures()), s.beneficiaries(),
				s.operatorsCount(), s.partners().strip(), s.technologies().strip(), s.funding(), s.channels(),
				optional(s.channelsNote()), s.tools(), optional(s.toolsNote()));
		this.start = card.start();
		this.feedback = new PracticeCard.Feedback(card.feedback().operators().strip(),
				card.feedback().citizens().strip(), card.feedback().innovation().strip());
		this.continuation = new PracticeCard.Continuity(card.continuation().answer(),
				card.continuation().note().strip());
		PracticeCard.Contact c = card.contact();
		this.contact = new PracticeCard.Contact(optional(c.office()), optional(c.email()), optional(c.phone()),
				optional(c.url()));
		sources().clear();
		card.sources()
			.forEach(x -> sources().add(new PracticeCard.Source(x.title().strip(), x.kind(), x.url().strip())));
	}

	/** So that a page says "Non indicato nella fonte" rather than show an empty field. */
	private static String optional(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
