package it.anci.welfare.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.common.Slugs;
import it.anci.welfare.territory.Comune;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cards written from the checked rows of an imported file (intake's survey imports):
 * thousands at a time, in the caller's one transaction, through the same entity as the
 * staff editor.
 */
@Service
@Transactional
public class PracticeImports {

	private final JdbcClient jdbc;

	private final PracticeRepository practices;

	private final AuditLog audit;

	private final Clock clock;

	private final EntityManager entities;

	PracticeImports(JdbcClient jdbc, PracticeRepository practices, AuditLog audit, Clock clock,
			EntityManager entities) {
		this.jdbc = jdbc;
		this.practices = practices;
		this.audit = audit;
		this.clock = clock;
		this.entities = entities;
	}

	/**
	 * A checked row of an import: its card, its comune and its id in the source (null
	 * when the source gives none: the row is then always a new card).
	 */
	public record ImportedCard(PracticeCard card, Comune comune, String externalId) {
	}

	/**
	 * The checked rows of one file of a source, written as drafts or published as the
	 * administrator chose.
	 */
	public record ImportBatch(long sourceId, String sourceName, boolean published, List<ImportedCard> cards) {
	}

	/** How many cards an import created and how many it updated. */
	public record ImportOutcome(int created, int updated) {
	}

	/**
	 * Writes the rows of an import, in the caller's transaction: a row whose external id
	 * the source already has updates that card (address, creation day and follow-ups
	 * kept), any other becomes a new card with provenance {@link Provenance#IMPORTATA}.
	 * One audit event for the whole file; {@code progress} hears the number of rows
	 * written so far.
	 */
	public ImportOutcome importCards(ImportBatch batch, String actor, IntConsumer progress) {
		List<String> ids = batch.cards().stream().map(ImportedCard::externalId).filter(Objects::nonNull).toList();
		Map<String, Practice> existing = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			this.practices.findImported(batch.sourceId(), ids.subList(from, Math.min(ids.size(), from + 1000)))
				.forEach(p -> existing.put(p.externalId, p));
		}
		Set<String> slugs = new HashSet<>(this.jdbc.sql("select slug from practice").query(String.class).list());
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		int created = 0;
		int updated = 0;
		int written = 0;
		for (ImportedCard row : batch.cards()) {
			Practice practice = row.externalId() == null ? null : existing.get(row.externalId());
			if (practice == null) {
				practice = new Practice();
				practice.slug = Slugs.unique(row.card().title() + " " + Slugs.italianPart(row.comune().name()),
						"pratica", slugs::contains);
				slugs.add(practice.slug);
				practice.provenance = Provenance.IMPORTATA;
				practice.importSourceId = batch.sourceId();
				practice.externalId = row.externalId();
				created++;
			}
			else {
				updated++;
			}
			practice.importedOn = today;
			practice.write(row.card(), row.comune(), batch.published(), now);
			this.practices.save(practice);
			written++;
			if (written % 200 == 0) {
				// a file of thousands of rows: keep the persistence context small
				this.entities.flush();
				this.entities.clear();
				progress.accept(written);
			}
		}
		this.entities.flush();
		progress.accept(written);
		this.audit.record(actor, "IMPORTATO", "importazione", batch.sourceName(), created + " schede create, " + updated
				+ " aggiornate" + (batch.published() ? ", pubblicate" : ", in bozza"));
		return new ImportOutcome(created, updated);
	}

}
