package it.anci.welfare.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.Optional;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.common.PendingWork;
import it.anci.welfare.common.FormSubmissions;
import it.anci.welfare.common.Pagination;
import it.anci.welfare.common.Slugs;
import it.anci.welfare.common.StaleEditException;
import it.anci.welfare.territory.Comune;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Staff editing of practice cards: every field, publication, deletion, through JPA (the
 * card is one entity with an embeddable per group; lists and search read projections in
 * SQL). The comune decides province, region and size class. A statement trigger bumps the
 * catalogue version, so every portal instance rebuilds its facet index after a change.
 */
@Service
@Transactional
public class PracticeEditor {

	private static final String TARGET = "pratica";

	/** A card the public sees, as in the {@code published_practice} view (V27). */
	private static final String PUBLISHED = "p.status = 'PUBLISHED'";

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final PracticeRepository practices;

	private final AuditLog audit;

	private final FormSubmissions submissions;

	private final Clock clock;

	PracticeEditor(JdbcClient jdbc, PracticeRepository practices, AuditLog audit, FormSubmissions submissions,
			Clock clock) {
		this.jdbc = jdbc;
		this.practices = practices;
		this.audit = audit;
		this.submissions = submissions;
		this.clock = clock;
	}

	/** A card as staff edit it; {@code version} is the one the form was loaded with. */
	public record Draft(Long id, long version, PracticeCard card, boolean published) {
	}

	/** A card just published: its id and its address. */
	public record Published(long id, String slug) {
	}

	public record Row(long id, String slug, String title, Provenance provenance, String comuneName, String regionName,
			boolean published) {
	}

	public record RowPage(List<Row> rows, long total, int page, int pageCount, String text, String status) {

		public Pagination pagination() {
			return new Pagination(this.page, this.pageCount, other -> UriComponentsBuilder.fromPath("/admin/pratiche")
				.queryParamIfPresent("q", this.text.isEmpty() ? Optional.empty() : Optional.of(this.text))
				.queryParamIfPresent("stato", this.status.isEmpty() ? Optional.empty() : Optional.of(this.status))
				.queryParamIfPresent("pagina", other > 1 ? Optional.of(other) : Optional.empty())
				.encode()
				.toUriString());
		}

	}

	/** The staff list's state filter: its URL value and the condition it stands for. */
	public enum StateFilter {

		TUTTE("", "true"), BOZZE("bozze", "not (" + PUBLISHED + ")"), PUBBLICATE("pubblicate", PUBLISHED);

		private final String value;

		private final String condition;

		StateFilter(String value, String condition) {
			this.value = value;
			this.condition = condition;
		}

		public String value() {
			return this.value;
		}

		/**
		 * An unknown value shows every card rather than an error: it only narrows a list.
		 */
		public static StateFilter of(String value) {
			for (StateFilter filter : values()) {
				if (filter.value.equals(value)) {
					return filter;
				}
			}
			return TUTTE;
		}

	}

	/** What the conflict page shows of both versions. */
	private static final List<StaleEditException.Field<Draft>> CONFLICT_FIELDS = List.of(
			StaleEditException.Field.line("Titolo", d -> d.card().title()),
			StaleEditException.Field.line("Ente", d -> d.card().provider().name()),
			StaleEditException.Field.text("Descrizione", d -> d.card().service().description()),
			StaleEditException.Field.text("Innovazione", d -> d.card().feedback().innovation()),
			StaleEditException.Field.text("Prosecuzione", d -> d.card().continuation().note()));

	/**
	 * Every card, drafts included, filtered by words of the title or the comune and by
	 * state, newest first.
	 */
	@Transactional(readOnly = true)
	public RowPage rows(String text, StateFilter state, int page) {
		String filter = text == null ? "" : text.strip();
		String where = state.condition + (filter.isEmpty() ? ""
				: " and (unaccent(p.title) ilike unaccent(:like) or unaccent(c.name) ilike unaccent(:like) or p.slug = :text)");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("like", "%" + filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		parameters.put("text", filter);
		long total = this.jdbc
			.sql("select count(*) from practice p join comune c on c.istat_code = p.comune_code where " + where)
			.params(parameters)
			.query(Long.class)
			.single();
		int pageCount = Pagination.pageCount(total, PAGE_SIZE);
		int shown = Pagination.clamp(page, pageCount);
		parameters.put("limit", PAGE_SIZE);
		parameters.put("offset", (shown - 1) * PAGE_SIZE);
		List<Row> rows = this.jdbc
			.sql("""
					select p.id, p.slug, p.title, p.provenance, c.name, r.name, %s
					from practice p join comune c on c.istat_code = p.comune_code join region r on r.code = p.region_code
					where %s order by p.updated_at desc, p.id desc limit :limit offset :offset"""
				.formatted(PUBLISHED, where))
			.params(parameters)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
					Provenance.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
		return new RowPage(rows, total, shown, pageCount, filter, state.value());
	}

	/** Cards waiting in draft, for the staff home. */
	@Transactional(readOnly = true)
	public List<PendingWork> pendingWork() {
		long drafts = this.jdbc.sql("select count(*) from practice p where " + StateFilter.BOZZE.condition)
			.query(Long.class)
			.single();
		return List.of(new PendingWork("Schede pratica in bozza", drafts, "/admin/pratiche?stato=bozze"));
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(long id) {
		return this.practices.findById(id).map(p -> new Draft(p.id, p.version, p.card(), p.isPublished()));
	}

	@Transactional(readOnly = true)
	public String slug(long id) {
		return this.practices.findById(id).orElseThrow().slug;
	}

	public long create(Draft draft, Comune comune, String actor) {
		return create(draft, comune, null, actor);
	}

	/**
	 * As a create form sends it: a second submission of {@code submissionToken} gets the
	 * item the first created.
	 */
	public long create(Draft draft, Comune comune, String submissionToken, String actor) {
		OptionalLong earlier = this.submissions.claim(submissionToken, "practice");
		if (earlier.isPresent()) {
			return earlier.getAsLong();
		}
		Practice practice = new Practice();
		practice.slug = Slugs.unique(draft.card().title() + " " + Slugs.italianPart(comune.name()), "pratica",
				this.practices::existsBySlug);
		practice.write(draft.card(), comune, draft.published(), this.clock.instant());
		long id = this.practices.saveAndFlush(practice).id;
		this.audit.record(actor, draft.published() ? "PUBBLICATO" : "CREATO_BOZZA", TARGET, practice.slug,
				practice.title);
		this.submissions.complete(submissionToken, id);
		return id;
	}

	/**
	 * Publishes a municipality's proposal as a new card, which says who proposed it and
	 * when the editors checked it.
	 */
	public Published publishProposal(PracticeCard card, Comune comune, Long replicatesId, String actor) {
		Practice practice = new Practice();
		practice.slug = Slugs.unique(card.title() + " " + Slugs.italianPart(comune.name()), "pratica",
				this.practices::existsBySlug);
		practice.provenance = Provenance.PROPOSTA;
		practice.proposedBy = "Comune di " + comune.name();
		practice.verifiedOn = LocalDate.now(this.clock);
		practice.replicatesId = replicatesId;
		practice.write(card, comune, true, this.clock.instant());
		this.practices.saveAndFlush(practice);
		this.audit.record(actor, "PUBBLICATO", TARGET, practice.slug, practice.title);
		return new Published(practice.id, practice.slug);
	}

	/**
	 * Refused with both versions when the card was saved by someone else since
	 * {@code draft.version()}.
	 */
	public void update(Draft draft, Comune comune, String actor) {
		Practice practice = this.practices.findById(draft.id()).orElse(null);
		if (practice == null || practice.version != draft.version()) {
			throw StaleEditException.of("La scheda è stata modificata da un'altra persona",
					"/admin/pratiche/" + draft.id(), draft,
					practice == null ? null
							: new Draft(practice.id, practice.version, practice.card(), practice.isPublished()),
					CONFLICT_FIELDS);
		}
		boolean wasPublished = practice.isPublished();
		practice.write(draft.card(), comune, draft.published(), this.clock.instant());
		// flushed here, so that a save racing this one fails with the version check
		// inside this transaction
		this.practices.flush();
		String action = draft.published() == wasPublished ? "MODIFICATO"
				: (draft.published() ? "PUBBLICATO" : "RITIRATO");
		this.audit.record(actor, action, TARGET, practice.slug, practice.title);
	}

	public void delete(long id, String actor) {
		Practice practice = this.practices.findById(id).orElseThrow();
		this.practices.delete(practice);
		this.audit.record(actor, "ELIMINATO", TARGET, practice.slug, practice.title);
	}

}
