package it.anci.welfare.catalogue.taxonomy;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.catalogue.TaxonomyTerm;
import it.anci.welfare.common.NotFoundException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' editing of the managed lists: add, rename, reorder, and delete a term
 * no card uses. Codes never change once created, because URLs, filters and exports use
 * them. Every change bumps the catalogue version, so every instance reloads the lists and
 * rebuilds its facet index.
 */
@Service
@Transactional
public class TaxonomyEditor {

	private static final int MAX_CODE_LENGTH = 30;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final TaxonomyService taxonomy;

	TaxonomyEditor(JdbcClient jdbc, AuditLog audit, TaxonomyService taxonomy) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.taxonomy = taxonomy;
	}

	/**
	 * A term with how many cards (drafts included) use it; {@code parent} only for
	 * service areas.
	 */
	public record Entry(String code, String name, String parent, int position, long uses) {
	}

	/**
	 * Refused with a message for the administrator (a key of i18n/admin-catalogue and its
	 * arguments): 409 when the data forbid it, 422 for bad input.
	 */
	public static class RefusedException extends RuntimeException implements MessageSourceResolvable {

		private final int status;

		private final String key;

		private final Object[] arguments;

		RefusedException(String key) {
			this(key, 422);
		}

		RefusedException(String key, int status, Object... arguments) {
			super(key);
			this.key = key;
			this.status = status;
			this.arguments = arguments;
		}

		public int status() {
			return this.status;
		}

		@Override
		public String[] getCodes() {
			return new String[] { this.key };
		}

		@Override
		public Object[] getArguments() {
			return this.arguments;
		}

	}

	@Transactional(readOnly = true)
	public List<Entry> entries(TaxonomyList list) {
		String parent = list.grouped() ? "parent_code" : "null";
		String uses = list.array ? "(select count(*) from practice p where t.code = any(p." + list.practiceColumn + "))"
				: "(select count(*) from practice p where p." + list.practiceColumn + " = t.code)";
		return this.jdbc
			.sql("select t.code, t.name, " + parent + ", t.position, " + uses + " from " + list.table + " t where "
					+ list.where() + " order by "
					+ (list.grouped() ? "(select position from service_area m where m.code = t.parent_code), " : "")
					+ "t.position, t.code")
			.query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5)))
			.list();
	}

	/** The macro-levels a new service area can be placed under. */
	@Transactional(readOnly = true)
	public List<TaxonomyTerm> macroLevels() {
		return this.taxonomy.taxonomy().macroLevels();
	}

	public String add(TaxonomyList list, String name, String parent, String actor) {
		if (!list.open()) {
			throw new RefusedException("admin.taxonomy.refused.fixed", 409);
		}
		String cleaned = clean(name);
		refuseDuplicate(list, cleaned, null);
		if (list.grouped() && macroLevels().stream().noneMatch(m -> m.code().equals(parent))) {
			throw new RefusedException("admin.taxonomy.refused.macro");
		}
		String code = uniqueCode(list, cleaned);
		int position = this.jdbc.sql("select coalesce(max(position), 0) + 1 from " + list.table)
			.query(Integer.class)
			.single();
		switch (list) {
			case AREE -> this.jdbc
				.sql("insert into service_area (code, name, parent_code, level, position) values (?, ?, ?, 2, ?)")
				.params(code, cleaned, parent, position)
				.update();
			case CANALI, STRUMENTI ->
				this.jdbc.sql("insert into communication_mode (code, kind, name, position) values (?, ?, ?, ?)")
					.params(code, list == TaxonomyList.CANALI ? "CANALE" : "STRUMENTO", cleaned, position)
					.update();
			default -> this.jdbc.sql("insert into " + list.table + " (code, name, position) values (?, ?, ?)")
				.params(code, cleaned, position)
				.update();
		}
		changed(actor, "VOCE_AGGIUNTA", list, code, cleaned);
		return code;
	}

	public void rename(TaxonomyList list, String code, String name, String actor) {
		Entry entry = entry(list, code);
		String cleaned = clean(name);
		refuseDuplicate(list, cleaned, code);
		this.jdbc.sql("update " + list.table + " set name = ? where code = ?").params(cleaned, code).update();
		changed(actor, "VOCE_RINOMINATA", list, code, "«" + entry.name() + "» → «" + cleaned + "»");
	}

	/**
	 * Swaps the term with its neighbour above ({@code -1}) or below ({@code +1}) in the
	 * list.
	 */
	public void move(TaxonomyList list, String code, int direction, String actor) {
		String parent = entry(list, code).parent();
		List<Entry> siblings = entries(list).stream()
			.filter(e -> !list.grouped() || Objects.equals(e.parent(), parent))
			.toList();
		int index = -1;
		for (int i = 0; i < siblings.size(); i++) {
			if (siblings.get(i).code().equals(code)) {
				index = i;
			}
		}
		int other = index + Integer.signum(direction);
		if (index < 0 || other < 0 || other >= siblings.size()) {
			return;
		}
		Entry a = siblings.get(index);
		Entry b = siblings.get(other);
		int positionA = a.position() == b.position() ? b.position() + Integer.signum(direction) : b.position();
		this.jdbc.sql("update " + list.table + " set position = ? where code = ?").params(positionA, a.code()).update();
		this.jdbc.sql("update " + list.table + " set position = ? where code = ?")
			.params(a.position(), b.code())
			.update();
		changed(actor, "VOCE_SPOSTATA", list, code, direction < 0 ? "prima di " + b.code() : "dopo " + b.code());
	}

	public void delete(TaxonomyList list, String code, String actor) {
		if (!list.open()) {
			throw new RefusedException("admin.taxonomy.refused.fixed", 409);
		}
		Entry entry = entry(list, code);
		if (entry.uses() > 0) {
			throw new RefusedException("admin.taxonomy.refused.used", 409, entry.name(), entry.uses());
		}
		this.jdbc.sql("delete from " + list.table + " where code = ?").param(code).update();
		changed(actor, "VOCE_ELIMINATA", list, code, entry.name());
	}

	public Entry entry(TaxonomyList list, String code) {
		return entries(list).stream()
			.filter(e -> e.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("term " + code));
	}

	private void changed(String actor, String action, TaxonomyList list, String code, String details) {
		bumpVersion();
		this.audit.record(actor, action, "tassonomia " + list.slug(), code, details);
	}

	/**
	 * Reloads here at once; other instances see the version change on their next
	 * catalogue request.
	 */
	private void bumpVersion() {
		this.jdbc.sql("update catalogue_state set version = version + 1").update();
		this.taxonomy.reload();
	}

	private void refuseDuplicate(TaxonomyList list, String name, String exceptCode) {
		Optional<String> same = this.jdbc
			.sql("select code from " + list.table + " where " + list.where()
					+ " and lower(name) = lower(?) and code <> ?")
			.params(name, exceptCode == null ? "" : exceptCode)
			.query(String.class)
			.optional();
		if (same.isPresent()) {
			throw new RefusedException("admin.taxonomy.refused.duplicate", 409, name, same.get());
		}
	}

	private String uniqueCode(TaxonomyList list, String name) {
		String base = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z0-9]+", "_")
			.replaceAll("^_+|_+$", "");
		base = base.isEmpty() ? "VOCE"
				: base.substring(0, Math.min(base.length(), MAX_CODE_LENGTH)).replaceAll("_+$", "");
		String code = base;
		for (int n = 2; this.jdbc.sql("select count(*) from " + list.table + " where code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0; n++) {
			code = base + "_" + n;
		}
		return code;
	}

	private static String clean(String name) {
		String cleaned = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ");
		if (cleaned.isEmpty()) {
			throw new RefusedException("admin.taxonomy.refused.name");
		}
		if (cleaned.length() > 200) {
			throw new RefusedException("admin.taxonomy.refused.length");
		}
		return cleaned;
	}

}
