package it.anci.welfare.catalogue;

import java.sql.Array;
import java.sql.Date;
import java.util.Arrays;
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
 * Staff editing of practice cards: every field, publication, deletion. The
 * comune decides province, region and size class. A statement trigger bumps the catalogue version, so every portal
 * instance rebuilds its facet index after a change.
 */
@Service
@Transactional
public class PracticeEditor {

	private static final String TARGET = "pratica";

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final FormSubmissions submissions;

	PracticeEditor(JdbcClient jdbc, AuditLog audit, FormSubmissions submissions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.submissions = submissions;
	}

	public record Source(String title, SourceKind kind, String url) {
	}

	/** Every field of a card as staff edit it; {@code version} is the one the form was loaded with. */
	public record Draft(Long id, long version, String title, Provenance provenance, ProviderType providerType,
			String providerName, String comuneCode, String classification, List<String> serviceAreas,
			List<String> targetGroups, List<String> interventions, List<String> channels, String channelsNote,
			List<String> tools, String toolsNote, List<String> funding, String description, String keyFigures,
			String partners, Integer operatorsCount, String technologies, StartDate startDate, Integer beneficiaries,
			String operatorsFeedback, String citizensFeedback, String innovation, Continuation continuation,
			String continuationNote, String contactOffice, String contactEmail, String contactPhone, String contactUrl,
			List<Source> sources, boolean published) {
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

		TUTTE("", "true"), BOZZE("bozze", "p.status <> 'PUBLISHED'"), PUBBLICATE("pubblicate", "p.status = 'PUBLISHED'");

		private final String value;

		private final String condition;

		StateFilter(String value, String condition) {
			this.value = value;
			this.condition = condition;
		}

		public String value() {
			return this.value;
		}

		/** An unknown value shows every card rather than an error: it only narrows a list. */
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
	private static final List<StaleEditException.Field<Draft>> CONFLICT_FIELDS = List.of(StaleEditException.Field.line("Titolo", Draft::title), StaleEditException.Field.line("Ente", Draft::providerName),
			StaleEditException.Field.text("Descrizione", Draft::description), StaleEditException.Field.text("Innovazione", Draft::innovation),
			StaleEditException.Field.text("Prosecuzione", Draft::continuationNote));

	/** Every card, drafts included, filtered by words of the title or the comune and by state, newest first. */
	@Transactional(readOnly = true)
	public RowPage rows(String text, StateFilter state, int page) {
		String filter = text == null ? "" : text.strip();
		String where = state.condition + (filter.isEmpty() ? ""
				: " and (unaccent(p.title) ilike unaccent(:like) or unaccent(c.name) ilike unaccent(:like) or p.slug = :text)");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("like", "%" + filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		parameters.put("text", filter);
		long total = this.jdbc.sql("select count(*) from practice p join comune c on c.istat_code = p.comune_code where " + where)
			.params(parameters)
			.query(Long.class)
			.single();
		int pageCount = Pagination.pageCount(total, PAGE_SIZE);
		int shown = Pagination.clamp(page, pageCount);
		parameters.put("limit", PAGE_SIZE);
		parameters.put("offset", (shown - 1) * PAGE_SIZE);
		List<Row> rows = this.jdbc.sql("""
				select p.id, p.slug, p.title, p.provenance, c.name, r.name, p.status = 'PUBLISHED'
				from practice p join comune c on c.istat_code = p.comune_code join region r on r.code = p.region_code
				where %s order by p.updated_at desc, p.id desc limit :limit offset :offset""".formatted(where))
			.params(parameters)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), Provenance.valueOf(rs.getString(4)),
					rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
		return new RowPage(rows, total, shown, pageCount, filter, state.value());
	}

	/** Cards waiting in draft, for the staff home. */
	@Transactional(readOnly = true)
	public List<PendingWork> pendingWork() {
		long drafts = this.jdbc.sql("select count(*) from practice where status = 'DRAFT'").query(Long.class).single();
		return List.of(new PendingWork("Schede pratica in bozza", drafts, "/admin/pratiche?stato=bozze"));
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(long id) {
		List<Source> sources = this.jdbc
			.sql("select title, kind, url from practice_source where practice_id = ? order by position")
			.param(id)
			.query((rs, n) -> new Source(rs.getString(1), SourceKind.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
		return this.jdbc.sql("select * from practice where id = ?").param(id).query((rs, n) -> new Draft(rs.getLong("id"),
				rs.getLong("version"), rs.getString("title"), Provenance.valueOf(rs.getString("provenance")),
				ProviderType.valueOf(rs.getString("provider_type")), rs.getString("provider_name"),
				rs.getString("comune_code"), rs.getString("classification"), list(rs.getArray("service_areas")),
				list(rs.getArray("target_groups")), list(rs.getArray("interventions")), list(rs.getArray("channels")),
				rs.getString("channels_note"), list(rs.getArray("tools")), rs.getString("tools_note"),
				list(rs.getArray("funding")), rs.getString("description"), rs.getString("key_figures"),
				rs.getString("partners"), (Integer) rs.getObject("operators_count"), rs.getString("technologies"),
				new StartDate(rs.getDate("start_date").toLocalDate(), DatePrecision.valueOf(rs.getString("start_precision")),
						StartBasis.valueOf(rs.getString("start_basis"))),
				(Integer) rs.getObject("beneficiaries"),
				rs.getString("operators_feedback"), rs.getString("citizens_feedback"), rs.getString("innovation"),
				Continuation.valueOf(rs.getString("continuation")), rs.getString("continuation_note"),
				rs.getString("contact_office"), rs.getString("contact_email"), rs.getString("contact_phone"),
				rs.getString("contact_url"), sources, "PUBLISHED".equals(rs.getString("status"))))
			.optional();
	}

	@Transactional(readOnly = true)
	public String slug(long id) {
		return this.jdbc.sql("select slug from practice where id = ?").param(id).query(String.class).single();
	}

	public long create(Draft draft, Comune comune, String actor) {
		return create(draft, comune, null, actor);
	}

	/** As a create form sends it: a second submission of {@code submissionToken} gets the item the first created. */
	public long create(Draft draft, Comune comune, String submissionToken, String actor) {
		OptionalLong earlier = this.submissions.claim(submissionToken, "practice");
		if (earlier.isPresent()) {
			return earlier.getAsLong();
		}
		String slug = Slugs.unique(draft.title() + " " + Slugs.italianPart(comune.name()), "pratica", candidate -> this.jdbc
			.sql("select count(*) from practice where slug = ?").param(candidate).query(Long.class).single() > 0);
		long id = this.jdbc.sql("""
				insert into practice (slug, title, provenance, status, provider_type, provider_name, comune_code,
				    province_code, region_code, size_class, classification, service_areas, target_groups, interventions,
				    channels, channels_note, tools, tools_note, funding, description, key_figures, partners,
				    operators_count, technologies, start_date, start_precision, start_basis, beneficiaries,
				    operators_feedback, citizens_feedback, innovation,
				    continuation, continuation_note, contact_office, contact_email, contact_phone, contact_url)
				values (:slug, :title, :provenance, :status, :providerType, :providerName, :comuneCode, :provinceCode,
				    :regionCode, :sizeClass, :classification, cast(:serviceAreas as text[]), cast(:targetGroups as text[]),
				    cast(:interventions as text[]), cast(:channels as text[]), :channelsNote, cast(:tools as text[]),
				    :toolsNote, cast(:funding as text[]), :description, :keyFigures, :partners, :operatorsCount,
				    :technologies, :startDate, :startPrecision, :startBasis, :beneficiaries, :operatorsFeedback, :citizensFeedback, :innovation, :continuation,
				    :continuationNote, :contactOffice, :contactEmail, :contactPhone, :contactUrl)
				returning id""")
			.param("slug", slug)
			.params(values(draft, comune))
			.query(Long.class)
			.single();
		writeSources(id, draft.sources());
		this.audit.record(actor, draft.published() ? "PUBBLICATO" : "CREATO_BOZZA", TARGET, slug, draft.title());
		this.submissions.complete(submissionToken, id);
		return id;
	}

	public void update(Draft draft, Comune comune, String actor) {
		boolean wasPublished = this.jdbc.sql("select status = 'PUBLISHED' from practice where id = ?").param(draft.id())
			.query(Boolean.class).optional().orElse(false);
		int updated = this.jdbc.sql("""
				update practice set title = :title, provenance = :provenance, status = :status,
				    provider_type = :providerType, provider_name = :providerName, comune_code = :comuneCode,
				    province_code = :provinceCode, region_code = :regionCode, size_class = :sizeClass,
				    classification = :classification, service_areas = cast(:serviceAreas as text[]),
				    target_groups = cast(:targetGroups as text[]), interventions = cast(:interventions as text[]),
				    channels = cast(:channels as text[]), channels_note = :channelsNote, tools = cast(:tools as text[]),
				    tools_note = :toolsNote, funding = cast(:funding as text[]), description = :description,
				    key_figures = :keyFigures, partners = :partners, operators_count = :operatorsCount, technologies = :technologies,
				    start_date = :startDate, start_precision = :startPrecision, start_basis = :startBasis,
				    beneficiaries = :beneficiaries, operators_feedback = :operatorsFeedback,
				    citizens_feedback = :citizensFeedback, innovation = :innovation, continuation = :continuation,
				    continuation_note = :continuationNote, contact_office = :contactOffice,
				    contact_email = :contactEmail, contact_phone = :contactPhone, contact_url = :contactUrl,
				    updated_at = now(), version = version + 1
				where id = :id and version = :version""")
			.param("id", draft.id())
			.param("version", draft.version())
			.params(values(draft, comune))
			.update();
		if (updated == 0) {
			throw StaleEditException.of("La scheda è stata modificata da un'altra persona", "/admin/pratiche/" + draft.id(), draft,
					draft(draft.id()).orElse(null), CONFLICT_FIELDS);
		}
		writeSources(draft.id(), draft.sources());
		String action = draft.published() == wasPublished ? "MODIFICATO" : (draft.published() ? "PUBBLICATO" : "RITIRATO");
		this.audit.record(actor, action, TARGET, slug(draft.id()), draft.title());
	}

	public void delete(long id, String actor) {
		String slug = slug(id);
		String title = this.jdbc.sql("select title from practice where id = ?").param(id).query(String.class).single();
		this.jdbc.sql("delete from practice where id = ?").param(id).update();
		this.audit.record(actor, "ELIMINATO", TARGET, slug, title);
	}

	private void writeSources(long id, List<Source> sources) {
		this.jdbc.sql("delete from practice_source where practice_id = ?").param(id).update();
		for (int i = 0; i < sources.size(); i++) {
			Source source = sources.get(i);
			this.jdbc.sql("insert into practice_source (practice_id, position, title, kind, url) values (?, ?, ?, ?, ?)")
				.params(id, i, source.title().strip(), source.kind().name(), source.url().strip())
				.update();
		}
	}

	private static Map<String, Object> values(Draft draft, Comune comune) {
		Map<String, Object> values = new HashMap<>();
		values.put("title", draft.title().strip());
		values.put("provenance", draft.provenance().name());
		values.put("status", draft.published() ? "PUBLISHED" : "DRAFT");
		values.put("providerType", draft.providerType().name());
		values.put("providerName", draft.providerName().strip());
		values.put("comuneCode", comune.istatCode());
		values.put("provinceCode", comune.province().code());
		values.put("regionCode", comune.region().code());
		values.put("sizeClass", comune.sizeClass().code());
		values.put("classification", draft.classification());
		values.put("serviceAreas", array(draft.serviceAreas()));
		values.put("targetGroups", array(draft.targetGroups()));
		values.put("interventions", array(draft.interventions()));
		values.put("channels", array(draft.channels()));
		values.put("channelsNote", blankToNull(draft.channelsNote()));
		values.put("tools", array(draft.tools()));
		values.put("toolsNote", blankToNull(draft.toolsNote()));
		values.put("funding", array(draft.funding()));
		values.put("description", draft.description().strip());
		values.put("keyFigures", blankToNull(draft.keyFigures()));
		values.put("partners", draft.partners().strip());
		values.put("operatorsCount", draft.operatorsCount());
		values.put("technologies", draft.technologies().strip());
		values.put("startDate", Date.valueOf(draft.startDate().date()));
		values.put("startPrecision", draft.startDate().precision().name());
		values.put("startBasis", draft.startDate().basis().name());
		values.put("beneficiaries", draft.beneficiaries());
		values.put("operatorsFeedback", draft.operatorsFeedback().strip());
		values.put("citizensFeedback", draft.citizensFeedback().strip());
		values.put("innovation", draft.innovation().strip());
		values.put("continuation", draft.continuation().name());
		values.put("continuationNote", draft.continuationNote().strip());
		values.put("contactOffice", blankToNull(draft.contactOffice()));
		values.put("contactEmail", blankToNull(draft.contactEmail()));
		values.put("contactPhone", blankToNull(draft.contactPhone()));
		values.put("contactUrl", blankToNull(draft.contactUrl()));
		return values;
	}

	private static String[] array(List<String> codes) {
		return codes == null ? new String[0] : codes.stream().distinct().toArray(String[]::new);
	}

	private static List<String> list(Array array) throws java.sql.SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
