package it.anci.welfare.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.FollowUpInput;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.PracticeDetails;
import it.anci.welfare.catalogue.PracticeEditor;
import it.anci.welfare.catalogue.PracticeUpdates;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.PendingWork;
import it.anci.welfare.common.RateLimits;
import it.anci.welfare.common.StaleEditException;
import it.anci.welfare.mail.MailOutbox;
import it.anci.welfare.territory.TerritoryService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a proposal: sent, confirmed by its submitter's link, moderated by the editors (published, sent back
 * with a message, refused with a reason), edited by the submitter when asked. Each step is logged, and mailed to the
 * submitter in the same transaction through the outbox, so that a step without its message cannot happen.
 */
@Service
@Transactional
public class Proposals {

	public static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

	private static final String SUBMITTER = "proponente";

	private static final String TARGET = "proposta";

	/** A proposal as its pages show it, with the card it would become. */
	public record View(long id, long version, ProposalState state, PracticeCard card, PracticeDetails details,
			Submitter submitter, boolean showContact, String editorMessage, String practiceSlug, UUID privateToken,
			String replicatesSlug, Instant createdAt, Instant updatedAt) {
	}

	/** A line of the moderation queue. */
	public record Row(long id, String title, String comuneName, String submitterOffice, ProposalState state,
			Instant updatedAt) {
	}

	/** A step of the history. */
	public record Event(Instant at, String actor, ProposalState state, String message) {
	}

	/** A submission: accepted (and the address written to), or refused because too many came too fast. */
	public record Submission(boolean accepted, String email) {
	}

	/** Per hour: enough for an office sending its practices one by one, too few to flood the editors. */
	static final int PER_ADDRESS_PER_HOUR = 10;

	static final int PER_EMAIL_PER_HOUR = 5;

	public enum Confirmation {
		CONFIRMED, EXPIRED, UNKNOWN
	}

	private final ProposalRepository proposals;

	private final ProposalEventRepository events;

	private final ProposalMails mails;

	private final MailOutbox outbox;

	private final PracticeEditor editor;

	private final CatalogueService catalogue;

	private final TerritoryService territory;

	private final AuditLog audit;

	private final RateLimits limits;

	private final PracticeUpdates followUps;

	private final Clock clock;

	Proposals(ProposalRepository proposals, ProposalEventRepository events, ProposalMails mails, MailOutbox outbox,
			PracticeEditor editor, CatalogueService catalogue, TerritoryService territory, AuditLog audit,
			RateLimits limits, PracticeUpdates followUps, Clock clock) {
		this.limits = limits;
		this.followUps = followUps;
		this.proposals = proposals;
		this.events = events;
		this.mails = mails;
		this.outbox = outbox;
		this.editor = editor;
		this.catalogue = catalogue;
		this.territory = territory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Stores a new proposal, waiting for its submitter to confirm the address, unless too many came from the same
	 * network address ({@code clientAddress}) or e-mail address within the hour.
	 */
	public Submission submit(PracticeCard card, Submitter submitter, boolean showContact, String replicates,
			String clientAddress) {
		String email = submitter.normalized().email();
		if (!this.limits.tryAcquire("proposta:ip:" + clientAddress, PER_ADDRESS_PER_HOUR, Duration.ofHours(1))
				|| !this.limits.tryAcquire("proposta:email:" + email, PER_EMAIL_PER_HOUR, Duration.ofHours(1))) {
			return new Submission(false, email);
		}
		Instant now = this.clock.instant();
		Proposal proposal = new Proposal();
		proposal.write(card, showContact, now);
		proposal.submitter = submitter.normalized();
		proposal.replicatesSlug = replicates == null || this.catalogue.publishedId(replicates).isEmpty() ? null : replicates;
		proposal.state = ProposalState.DA_CONFERMARE;
		proposal.consentAt = now;
		proposal.confirmToken = UUID.randomUUID();
		proposal.confirmBy = now.plus(CONFIRMATION_VALIDITY);
		proposal.privateToken = UUID.randomUUID();
		proposal.createdAt = now;
		this.proposals.saveAndFlush(proposal);
		log(proposal, SUBMITTER, null);
		this.outbox.enqueue(this.mails.confirmation(proposal));
		return new Submission(true, email);
	}

	/** The proposal a confirmation link is for, while it still waits for it. */
	@Transactional(readOnly = true)
	public Optional<View> awaitingConfirmation(UUID token) {
		return this.proposals.findByConfirmToken(token).map(this::view);
	}

	/** Confirms the address: the proposal enters the editors' queue and the submitter gets the private link. */
	public Confirmation confirm(UUID token) {
		Optional<Proposal> found = this.proposals.findByConfirmToken(token);
		if (found.isEmpty()) {
			return Confirmation.UNKNOWN;
		}
		Proposal proposal = found.get();
		if (proposal.confirmBy.isBefore(this.clock.instant())) {
			return Confirmation.EXPIRED;
		}
		proposal.confirmToken = null;
		proposal.confirmBy = null;
		move(proposal, ProposalState.DA_MODERARE, SUBMITTER, null);
		this.outbox.enqueue(this.mails.receipt(proposal));
		return Confirmation.CONFIRMED;
	}

	/** The proposal of a private link, once its address is confirmed. */
	@Transactional(readOnly = true)
	public Optional<View> byPrivateLink(UUID token) {
		return this.proposals.findByPrivateToken(token).filter(p -> p.state != ProposalState.DA_CONFERMARE).map(this::view);
	}

	/** The submitter's changes, asked for by the editors: the proposal goes back to the queue. */
	public void resubmit(UUID token, long version, PracticeCard card, boolean showContact) {
		Proposal proposal = this.proposals.findByPrivateToken(token)
			.filter(p -> p.state == ProposalState.DA_RIVEDERE)
			.orElseThrow(() -> new NotFoundException("proposal to edit " + token));
		checkVersion(proposal, version, card, "/proposte/" + token + "/modifica");
		proposal.write(card, showContact, this.clock.instant());
		move(proposal, ProposalState.DA_MODERARE, SUBMITTER, null);
		this.outbox.enqueue(this.mails.receipt(proposal));
	}

	/** A follow-up of the published card, from its municipality: shown once the editors approve it. */
	public void proposeFollowUp(UUID token, FollowUpInput followUp) {
		Proposal proposal = this.proposals.findByPrivateToken(token)
			.filter(p -> p.state == ProposalState.PUBBLICATA && p.practiceId != null)
			.orElseThrow(() -> new NotFoundException("published proposal " + token));
		this.followUps.propose(proposal.practiceId, followUp);
		log(proposal, SUBMITTER, "Aggiornamento inviato: " + followUp.state().label());
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
		return found.stream()
			.map(p -> new Row(p.id, p.title(), this.territory.comune(p.comuneCode()).map(c -> c.name()).orElse(p.comuneCode()),
					p.submitter.office(), p.state, p.updatedAt))
			.toList();
	}

	@Transactional(readOnly = true)
	public View proposal(long id) {
		return view(find(id));
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
		return this.catalogue.possibleDuplicates(find(id).card());
	}

	/** The editors' corrections before publishing; the proposal keeps its state. */
	public void edit(long id, long version, PracticeCard card, boolean showContact, String actor) {
		Proposal proposal = awaitingEditors(id);
		checkVersion(proposal, version, card, "/admin/pratiche/proposte/" + id + "/modifica");
		proposal.write(card, showContact, this.clock.instant());
		log(proposal, actor, "Modificata dalla redazione");
		this.audit.record(actor, "MODIFICATO", TARGET, String.valueOf(id), proposal.title());
	}

	/** Publishes the proposal as a card; returns the card's address. */
	public String publish(long id, long version, String actor) {
		Proposal proposal = awaitingEditors(id);
		checkVersion(proposal, version, proposal.card(), "/admin/pratiche/proposte/" + id);
		Long original = proposal.replicatesSlug == null ? null
				: this.catalogue.publishedId(proposal.replicatesSlug).orElse(null);
		PracticeEditor.Published card = this.editor.publishProposal(proposal.publishedCard(),
				this.territory.comune(proposal.comuneCode()).orElseThrow(), original, actor);
		String slug = card.slug();
		proposal.practiceId = card.id();
		proposal.editorMessage = null;
		move(proposal, ProposalState.PUBBLICATA, actor, null);
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
		return List.of(new PendingWork("Proposte dei Comuni da moderare", waiting, "/admin/pratiche/proposte?stato=da-moderare"));
	}

	private void decide(long id, long version, ProposalState state, String message, String actor) {
		Proposal proposal = awaitingEditors(id);
		checkVersion(proposal, version, proposal.card(), "/admin/pratiche/proposte/" + id);
		proposal.editorMessage = message.strip();
		move(proposal, state, actor, proposal.editorMessage);
		this.outbox.enqueue(state == ProposalState.RESPINTA ? this.mails.rejected(proposal)
				: this.mails.changesRequested(proposal));
		this.audit.record(actor, state == ProposalState.RESPINTA ? "RESPINTO" : "RINVIATO", TARGET, String.valueOf(id),
				proposal.title());
	}

	private Proposal awaitingEditors(long id) {
		Proposal proposal = find(id);
		if (!proposal.state.awaitsEditors()) {
			throw new ProposalDecidedException(proposal.state);
		}
		return proposal;
	}

	private Proposal find(long id) {
		return this.proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal " + id));
	}

	/** A proposal changed since the page was loaded (another editor, or the submitter) is not overwritten. */
	private void checkVersion(Proposal proposal, long version, PracticeCard mine, String reopenPath) {
		if (proposal.version != version) {
			throw StaleEditException.of("La proposta è stata modificata da un'altra persona", reopenPath, mine,
					proposal.card(), List.of(StaleEditException.Field.line("Titolo", PracticeCard::title),
							StaleEditException.Field.text("Descrizione", c -> c.service().description())));
		}
	}

	private void move(Proposal proposal, ProposalState state, String actor, String message) {
		proposal.state = state;
		proposal.updatedAt = this.clock.instant();
		this.proposals.saveAndFlush(proposal);
		log(proposal, actor, message);
	}

	private void log(Proposal proposal, String actor, String message) {
		this.events.save(ProposalEvent.of(proposal.id, this.clock.instant(), actor, proposal.state, message));
	}

	private View view(Proposal p) {
		PracticeCard card = p.card();
		String slug = p.practiceId == null ? null : this.editor.slug(p.practiceId);
		return new View(p.id, p.version, p.state, card, this.catalogue.details(card), p.submitter, p.showContact,
				p.editorMessage, slug, p.privateToken, p.replicatesSlug, p.createdAt, p.updatedAt);
	}

}
