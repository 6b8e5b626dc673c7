package it.anci.welfare.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.common.PendingWork;
import it.anci.welfare.mail.MailOutbox;
import it.anci.welfare.territory.Comune;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' side of the proposals: the queue, the proposal beside the card it would
 * become, corrections, and the three decisions (publish, ask for changes, refuse), each
 * logged and mailed to the submitter in its transaction.
 */
@Service
@Transactional
public class Moderation {

	private static final String TARGET = "proposta";

	/** A line of the moderation queue. */
	public record Row(long id, String title, String comuneName, String submitterOffice, ProposalState state,
			Instant updatedAt) {
	}

	/** A step of the history. */
	public record Event(Instant at, String actor, ProposalState state, String message) {
	}

	private final ProposalRepository proposals;

	private final ProposalEventRepository events;

	private final ProposalSteps steps;

	private final ProposalMails mails;

	private final MailOutbox outbox;

	private final PracticeEditor editor;

	private final CatalogueService catalogue;

	private final TerritoryService territory;

	private final AuditLog audit;

	private final Clock clock;

	Moderation(ProposalRepository proposals, ProposalEventRepository events, ProposalSteps steps, ProposalMails mails,
			MailOutbox outbox, PracticeEditor editor, CatalogueService catalogue, TerritoryService territory,
			AuditLog audit, Clock clock) {
		this.proposals = proposals;
		this.events = events;
		this.steps = steps;
		this.mails = mails;
		this.outbox = outbox;
		this.editor = editor;
		this.catalogue = catalogue;
		this.territory = territory;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Map<ProposalState, Long> counts() {
		Map<ProposalState, Long> counts = new EnumMap<>(ProposalState.class);
		for (ProposalState state : ProposalState.values()) {
			counts.put(state, 0L);
		}
		this.proposals.countPerState().forEach(row -> counts.put((ProposalState) row[0], (Long) row[1]));
		return counts;
	}

	/** The queue, newest change first; every state when {@code state} is empty. */
	@Transactional(readOnly = true)
	public List<Row> queue(Optional<ProposalState> state) {
		List<Proposal> found = state.map(this.proposals::findByStateOrderByUpdatedAtDesc)
			.orElseGet(this.proposals::findAllByOrderByUpdatedAtDesc);
		// the queue's comuni in one statement, not one per proposal
		Map<String, Comune> comuni = this.territory
			.comuni(found.stream().map(Proposal::comuneCode).collect(Collectors.toSet()));
		return found.stream()
			.map(p -> new Row(p.id, p.title(),
					comuni.containsKey(p.comuneCode()) ? comuni.get(p.comuneCode()).name() : p.comuneCode(),
					p.submitter.office(), p.state, p.updatedAt))
			.toList();
	}

	@Transactional(readOnly = true)
	public Proposals.View proposal(long id) {
		return this.steps.view(this.steps.find(id));
	}

	@Transactional(readOnly = true)
	public List<Event> history(long id) {
		return this.events.findByProposalIdOrderByAtAscIdAsc(id)
			.stream()
			.map(e -> new Event(e.at, e.actor, e.state, e.message))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<CatalogueService.PossibleDuplicate> possibleDuplicates(long id) {
		return this.catalogue.possibleDuplicates(this.steps.find(id).card());
	}

	/** The editors' corrections before publishing; the proposal keeps its state. */
	public void edit(long id, long version, PracticeCard card, boolean showContact, String actor) {
		Proposal proposal = awaitingEditors(id);
		this.steps.checkVersion(proposal, version, card, "/admin/pratiche/proposte/" + id + "/modifica");
		proposal.write(card, showContact, this.clock.instant());
		this.steps.log(proposal, actor, "Modificata dalla redazione");
		this.audit.record(actor, "MODIFICATO", TARGET, String.valueOf(id), proposal.title());
	}

	/** Publishes the proposal as a card; returns the card's address. */
	public String publish(long id, long version, String actor) {
		Proposal proposal = awaitingEditors(id);
		this.steps.checkVersion(proposal, version, proposal.card(), "/admin/pratiche/proposte/" + id);
		Long original = proposal.replicatesSlug == null ? null
				: this.catalogue.publishedId(proposal.replicatesSlug).orElse(null);
		PracticeEditor.Published card = this.editor.publishProposal(proposal.publishedCard(),
				this.territory.comune(proposal.comuneCode()).orElseThrow(), original, actor);
		String slug = card.slug();
		proposal.practiceId = card.id();
		proposal.editorMessage = null;
		this.steps.move(proposal, ProposalState.PUBBLICATA, actor, null);
		this.outbox.enqueue(this.mails.published(proposal, slug));
		this.audit.record(actor, "PUBBLICATO", TARGET, String.valueOf(id), proposal.title());
		return slug;
	}

	/** Sends the proposal back to its submitter with what to change. */
	public void askForChanges(long id, long version, String message, String actor) {
		decide(id, version, ProposalState.DA_RIVEDERE, message, actor);
	}

	/** Refuses the proposal, with the reason the submitter reads. */
	public void reject(long id, long version, String reason, String actor) {
		decide(id, version, ProposalState.RESPINTA, reason, actor);
	}

	@Transactional(readOnly = true)
	public List<PendingWork> pendingWork() {
		long waiting = this.proposals.countByState(ProposalState.DA_MODERARE);
		return List
			.of(new PendingWork("intake.admin.work.waiting", waiting, "/admin/pratiche/proposte?stato=da-moderare"));
	}

	private void decide(long id, long version, ProposalState state, String message, String actor) {
		Proposal proposal = awaitingEditors(id);
		this.steps.checkVersion(proposal, version, proposal.card(), "/admin/pratiche/proposte/" + id);
		proposal.editorMessage = message.strip();
		this.steps.move(proposal, state, actor, proposal.editorMessage);
		this.outbox.enqueue(state == ProposalState.RESPINTA ? this.mails.rejected(proposal)
				: this.mails.changesRequested(proposal));
		this.audit.record(actor, state == ProposalState.RESPINTA ? "RESPINTO" : "RINVIATO", TARGET, String.valueOf(id),
				proposal.title());
	}

	private Proposal awaitingEditors(long id) {
		Proposal proposal = this.steps.find(id);
		if (!proposal.state.awaitsEditors()) {
			throw new ProposalDecidedException(proposal.state);
		}
		return proposal;
	}

}
