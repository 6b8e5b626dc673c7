package it.anci.welfare.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.common.NotFoundException;
import it.anci.welfare.common.PendingWork;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The follow-ups of the cards: added by the editors, or proposed by a municipality and
 * approved by the editors. The public sees approved ones only; the latest is the card's
 * current state.
 */
@Service
@Transactional
public class PracticeUpdates {

	/** The author of a follow-up sent by the municipality that proposed the card. */
	public static final String MUNICIPALITY = "proponente";

	private static final String TARGET = "aggiornamento";

	private final PracticeUpdateRepository updates;

	private final PracticeRepository practices;

	private final AuditLog audit;

	private final Clock clock;

	PracticeUpdates(PracticeUpdateRepository updates, PracticeRepository practices, AuditLog audit, Clock clock) {
		this.updates = updates;
		this.practices = practices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The day must be a real one, not after today: added to {@code errors} under
	 * {@code path}.
	 */
	public void check(FollowUpInput input, String path, Errors errors) {
		String field = path.isEmpty() ? "day" : path + ".day";
		if (errors.hasFieldErrors(field)) {
			return;
		}
		input.parsedDay().ifPresentOrElse(day -> {
			if (day.isAfter(LocalDate.now(this.clock))) {
				errors.rejectValue(field, "catalogue.followUp.day.future",
						"La data dell'aggiornamento non può essere futura.");
			}
		}, () -> errors.rejectValue(field, "catalogue.followUp.day.format",
				"Data dell'aggiornamento: scriva il giorno come 2021-03-12."));
	}

	/**
	 * Every follow-up of a card, pending ones included, newest first: for the staff page.
	 */
	@Transactional(readOnly = true)
	public List<FollowUp> all(long practiceId) {
		return this.updates.findByPracticeIdOrderByDayDescIdDesc(practiceId)
			.stream()
			.map(PracticeUpdate::view)
			.toList();
	}

	/** An editor's follow-up, shown at once. */
	public void add(long practiceId, FollowUpInput input, String actor) {
		PracticeUpdate update = store(practiceId, input, actor);
		update.approvedAt = update.createdAt;
		this.audit.record(actor, "AGGIUNTO", TARGET, slug(practiceId), input.state().label());
	}

	/** A municipality's follow-up, shown once an editor approves it. */
	public void propose(long practiceId, FollowUpInput input) {
		store(practiceId, input, MUNICIPALITY);
	}

	public void approve(long practiceId, long updateId, String actor) {
		PracticeUpdate update = find(practiceId, updateId);
		update.approvedAt = this.clock.instant();
		this.audit.record(actor, "APPROVATO", TARGET, slug(practiceId), update.state.label());
	}

	public void delete(long practiceId, long updateId, String actor) {
		PracticeUpdate update = find(practiceId, updateId);
		this.updates.delete(update);
		this.audit.record(actor, "ELIMINATO", TARGET, slug(practiceId), update.state.label());
	}

	@Transactional(readOnly = true)
	public List<PendingWork> pendingWork() {
		return List.of(new PendingWork("Aggiornamenti dei Comuni da approvare", this.updates.countByApprovedAtIsNull(),
				"/admin/pratiche/aggiornamenti"));
	}

	/** A municipality's follow-up waiting for the editors, with its card. */
	public record Pending(long practiceId, String practiceTitle, String practiceSlug, FollowUp followUp) {
	}

	@Transactional(readOnly = true)
	public List<Pending> pending() {
		return this.updates.findByApprovedAtIsNullOrderByCreatedAtAsc().stream().map(u -> {
			Practice practice = this.practices.findById(u.practiceId).orElseThrow();
			return new Pending(u.practiceId, practice.title, practice.slug, u.view());
		}).toList();
	}

	/** The approved follow-ups of a card, newest first. */
	List<FollowUp> published(long practiceId) {
		return this.updates.findByPracticeIdAndApprovedAtIsNotNullOrderByDayDescIdDesc(practiceId)
			.stream()
			.map(PracticeUpdate::view)
			.toList();
	}

	/** The latest approved follow-up of each card that has one. */
	Map<Long, FollowUp> latest(Collection<Long> practiceIds) {
		return this.updates.findLatestApproved(practiceIds)
			.stream()
			.collect(Collectors.toMap(u -> u.practiceId, PracticeUpdate::view, (a, b) -> a));
	}

	private PracticeUpdate store(long practiceId, FollowUpInput input, String author) {
		slug(practiceId);
		PracticeUpdate update = new PracticeUpdate();
		update.practiceId = practiceId;
		update.day = input.parsedDay().orElseThrow();
		update.state = input.state();
		update.note = input.note().strip();
		update.sourceTitle = optional(input.sourceTitle());
		update.sourceUrl = optional(input.sourceUrl());
		update.author = author;
		update.createdAt = this.clock.instant();
		return this.updates.save(update);
	}

	private PracticeUpdate find(long practiceId, long updateId) {
		return this.updates.findById(updateId)
			.filter(u -> u.practiceId == practiceId)
			.orElseThrow(() -> new NotFoundException("follow-up " + updateId));
	}

	private String slug(long practiceId) {
		return this.practices.findById(practiceId)
			.orElseThrow(() -> new NotFoundException("practice " + practiceId)).slug;
	}

	private static String optional(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
