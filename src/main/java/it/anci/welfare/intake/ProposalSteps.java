package it.anci.welfare.intake;

import java.time.Clock;
import java.util.List;

import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.common.StaleEditException;

import org.springframework.stereotype.Component;

/**
 * What the submitter's side and the editors' side both do to a proposal: find it, check
 * it, move it, log it, show it.
 */
@Component
class ProposalSteps {

	private final ProposalRepository proposals;

	private final ProposalEventRepository events;

	private final PracticeEditor editor;

	private final CatalogueService catalogue;

	private final Clock clock;

	private final Attachments attachments;

	ProposalSteps(ProposalRepository proposals, ProposalEventRepository events, PracticeEditor editor,
			CatalogueService catalogue, Attachments attachments, Clock clock) {
		this.attachments = attachments;
		this.proposals = proposals;
		this.events = events;
		this.editor = editor;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	Proposal find(long id) {
		return this.proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal " + id));
	}

	/**
	 * A proposal changed since the page was loaded (another editor, or the submitter) is
	 * not overwritten.
	 */
	void checkVersion(Proposal proposal, long version, PracticeCard mine, String reopenPath) {
		if (proposal.version != version) {
			throw StaleEditException.of("La proposta è stata modificata da un'altra persona", reopenPath, mine,
					proposal.card(), List.of(StaleEditException.Field.line("Titolo", PracticeCard::title),
							StaleEditException.Field.text("Descrizione", c -> c.service().description())));
		}
	}

	void move(Proposal proposal, ProposalState state, String actor, String message) {
		proposal.state = state;
		proposal.updatedAt = this.clock.instant();
		this.proposals.saveAndFlush(proposal);
		log(proposal, actor, message);
	}

	void log(Proposal proposal, String actor, String message) {
		this.events.save(ProposalEvent.of(proposal.id, this.clock.instant(), actor, proposal.state, message));
	}

	Proposals.View view(Proposal p) {
		PracticeCard card = p.card();
		String slug = p.practiceId == null ? null : this.editor.slug(p.practiceId);
		return new Proposals.View(p.id, p.version, p.state, card, this.catalogue.details(card), p.submitter,
				p.showContact, p.editorMessage, slug, p.privateToken, p.replicatesSlug, p.createdAt, p.updatedAt,
				this.attachments.of(Attachment.Owner.PROPOSAL, p.id));
	}

}
