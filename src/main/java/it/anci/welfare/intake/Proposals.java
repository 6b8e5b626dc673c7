package it.anci.welfare.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import it.anci.welfare.catalogue.CatalogueService;
import it.anci.welfare.catalogue.FollowUpInput;
import it.anci.welfare.catalogue.PracticeCard;
import it.anci.welfare.catalogue.PracticeDetails;
import it.anci.welfare.catalogue.PracticeUpdates;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.RateLimits;
import it.anci.welfare.files.Attachment;
import it.anci.welfare.files.Attachments;
import it.anci.welfare.files.StoredFile;
import it.anci.welfare.files.UploadRejectedException;
import it.anci.welfare.files.Uploads;
import it.anci.welfare.mail.MailOutbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The submitter's side of a proposal: sent, confirmed by its link, followed and, when the
 * editors ask, edited through the private link ({@link Moderation} is the editors' side).
 * Each step is logged, and mailed to the submitter in the same transaction through the
 * outbox, so that a step without its message cannot happen.
 */
@Service
@Transactional
public class Proposals {

	public static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

	private static final String SUBMITTER = "proponente";

	/** A proposal as its pages show it, with the card it would become. */
	public record View(long id, long version, ProposalState state, PracticeCard card, PracticeDetails details,
			Submitter submitter, boolean showContact, String editorMessage, String practiceSlug, UUID privateToken,
			String replicatesSlug, Instant createdAt, Instant updatedAt, List<Attachment> documents) {
	}

	/**
	 * Documents a proposal may carry (a resolution, a leaflet…), for the editors to check
	 * it against; all of them within the upload limit of one request.
	 */
	public static final int MAX_DOCUMENTS = 3;

	/**
	 * A submission: accepted (and the address written to), or refused because too many
	 * came too fast.
	 */
	public record Submission(boolean accepted, String email) {
	}

	/**
	 * Per hour: enough for an office sending its practices one by one, too few to flood
	 * the editors.
	 */
	static final int PER_ADDRESS_PER_HOUR = 10;

	static final int PER_EMAIL_PER_HOUR = 5;

	public enum Confirmation {

		CONFIRMED, EXPIRED, UNKNOWN

	}

	private final ProposalRepository proposals;

	private final ProposalSteps steps;

	private final ProposalMails mails;

	private final MailOutbox outbox;

	private final CatalogueService catalogue;

	private final RateLimits limits;

	private final PracticeUpdates followUps;

	private final Clock clock;

	private final Uploads uploads;

	private final Attachments attachments;

	Proposals(ProposalRepository proposals, ProposalSteps steps, ProposalMails mails, MailOutbox outbox,
			CatalogueService catalogue, RateLimits limits, PracticeUpdates followUps, Uploads uploads,
			Attachments attachments, Clock clock) {
		this.uploads = uploads;
		this.attachments = attachments;
		this.proposals = proposals;
		this.steps = steps;
		this.mails = mails;
		this.outbox = outbox;
		this.catalogue = catalogue;
		this.limits = limits;
		this.followUps = followUps;
		this.clock = clock;
	}

	/**
	 * Stores a new proposal with its documents (each checked as every upload is: refused
	 * with {@link UploadRejectedException}, and then nothing is stored), waiting for its
	 * submitter to confirm the address, unless too many came from the same network
	 * address ({@code clientAddress}) or e-mail address within the hour.
	 */
	public Submission submit(PracticeCard card, Submitter submitter, boolean showContact, String replicates,
			String clientAddress, List<MultipartFile> documents) {
		if (documents.size() > MAX_DOCUMENTS) {
			throw new IllegalArgumentException(documents.size() + " documents, at most " + MAX_DOCUMENTS);
		}
		String email = submitter.normalized().email();
		if (!this.limits.tryAcquire("proposta:ip:" + clientAddress, PER_ADDRESS_PER_HOUR, Duration.ofHours(1))
				|| !this.limits.tryAcquire("proposta:email:" + email, PER_EMAIL_PER_HOUR, Duration.ofHours(1))) {
			return new Submission(false, email);
		}
		Instant now = this.clock.instant();
		Proposal proposal = new Proposal();
		proposal.write(card, showContact, now);
		proposal.submitter = submitter.normalized();
		proposal.replicatesSlug = replicates == null || this.catalogue.publishedId(replicates).isEmpty() ? null
				: replicates;
		proposal.state = ProposalState.DA_CONFERMARE;
		proposal.consentAt = now;
		proposal.confirmToken = UUID.randomUUID();
		proposal.confirmBy = now.plus(CONFIRMATION_VALIDITY);
		proposal.privateToken = UUID.randomUUID();
		proposal.createdAt = now;
		this.proposals.saveAndFlush(proposal);
		for (MultipartFile document : documents) {
			StoredFile file = this.uploads.accept(document);
			this.attachments.store(Attachment.Owner.PROPOSAL, proposal.id, Attachment.Kind.DOCUMENTO, file.filename(),
					file, SUBMITTER);
		}
		this.steps.log(proposal, SUBMITTER, null);
		this.outbox.enqueue(this.mails.confirmation(proposal));
		return new Submission(true, email);
	}

	/** The proposal a confirmation link is for, while it still waits for it. */
	@Transactional(readOnly = true)
	public Optional<View> awaitingConfirmation(UUID token) {
		return this.proposals.findByConfirmToken(token).map(this.steps::view);
	}

	/**
	 * Confirms the address: the proposal enters the editors' queue and the submitter gets
	 * the private link.
	 */
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
		this.steps.move(proposal, ProposalState.DA_MODERARE, SUBMITTER, null);
		this.outbox.enqueue(this.mails.receipt(proposal));
		return Confirmation.CONFIRMED;
	}

	/** One of the documents sent with a proposal, for the editors or its private page. */
	@Transactional(readOnly = true)
	public Optional<Attachment> document(long proposalId, long documentId) {
		return this.attachments.find(Attachment.Owner.PROPOSAL, proposalId, documentId);
	}

	/** The proposal of a private link, once its address is confirmed. */
	@Transactional(readOnly = true)
	public Optional<View> byPrivateLink(UUID token) {
		return this.proposals.findByPrivateToken(token)
			.filter(p -> p.state != ProposalState.DA_CONFERMARE)
			.map(this.steps::view);
	}

	/**
	 * The submitter's changes, asked for by the editors: the proposal goes back to the
	 * queue.
	 */
	public void resubmit(UUID token, long version, PracticeCard card, boolean showContact) {
		Proposal proposal = this.proposals.findByPrivateToken(token)
			.filter(p -> p.state == ProposalState.DA_RIVEDERE)
			.orElseThrow(() -> new NotFoundException("proposal to edit " + token));
		this.steps.checkVersion(proposal, version, card, "/proposte/" + token + "/modifica");
		proposal.write(card, showContact, this.clock.instant());
		this.steps.move(proposal, ProposalState.DA_MODERARE, SUBMITTER, null);
		this.outbox.enqueue(this.mails.receipt(proposal));
	}

	/**
	 * A follow-up of the published card, from its municipality: shown once the editors
	 * approve it.
	 */
	public void proposeFollowUp(UUID token, FollowUpInput followUp) {
		Proposal proposal = this.proposals.findByPrivateToken(token)
			.filter(p -> p.state == ProposalState.PUBBLICATA && p.practiceId != null)
			.orElseThrow(() -> new NotFoundException("published proposal " + token));
		this.followUps.propose(proposal.practiceId, followUp);
		this.steps.log(proposal, SUBMITTER, "Aggiornamento inviato: " + followUp.state().label());
	}

}
