package it.anci.welfare.meetings;

import java.util.List;
import java.util.Optional;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.common.Slugs;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of each body that convenes meetings (the Consulta, working groups), kept by
 * staff to send them the convocations. Personal data, seen only by staff. Every change
 * goes to the audit log; a save on an outdated version is refused.
 */
@Service
@Transactional
public class MeetingMembers {

	private static final String TARGET = "membro";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	MeetingMembers(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * A member; {@code id} is null for a new one and {@code version} the one the form was
	 * loaded with.
	 */
	public record Member(Long id, long version, String bodyName, String name, String email, String affiliation,
			boolean active) {
	}

	/**
	 * A body, named by meetings or by its members, with how many members it has and how
	 * many are active.
	 */
	public record Body(String name, String slug, long members, long active) {
	}

	/** Raised when another member of the same body has that address. */
	public static class DuplicateEmailException extends RuntimeException {

		DuplicateEmailException() {
			super("address already in the body");
		}

	}

	/** Raised when the member changed or was removed since the form was loaded. */
	public static class ConflictException extends RuntimeException {

		ConflictException() {
			super("member changed meanwhile");
		}

	}

	@Transactional(readOnly = true)
	public List<Body> bodies() {
		return this.jdbc.sql("""
				select b.name, count(mm.id), count(mm.id) filter (where mm.active)
				from (select body_name as name from meeting where body_name is not null
				      union select body_name from meeting_member) b
				left join meeting_member mm on mm.body_name = b.name
				group by b.name order by b.name""")
			.query((rs, n) -> new Body(rs.getString(1), Slugs.of(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Body> body(String slug) {
		return bodies().stream().filter(b -> b.slug().equals(slug)).findFirst();
	}

	@Transactional(readOnly = true)
	public List<Member> of(String bodyName) {
		return this.jdbc.sql("select * from meeting_member where body_name = ? order by not active, lower(name), id")
			.param(bodyName)
			.query((rs, n) -> new Member(rs.getLong("id"), rs.getLong("version"), rs.getString("body_name"),
					rs.getString("name"), rs.getString("email"), rs.getString("affiliation"), rs.getBoolean("active")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Member> member(long id) {
		return this.jdbc.sql("select * from meeting_member where id = ?")
			.param(id)
			.query((rs, n) -> new Member(rs.getLong("id"), rs.getLong("version"), rs.getString("body_name"),
					rs.getString("name"), rs.getString("email"), rs.getString("affiliation"), rs.getBoolean("active")))
			.optional();
	}

	public long add(Member member, String actor) {
		checkUnique(member);
		long id = this.jdbc.sql("""
				insert into meeting_member (body_name, name, email, affiliation, active) values (?, ?, ?, ?, ?)
				returning id""")
			.params(member.bodyName().strip(), member.name().strip(), member.email().strip(),
					blankToNull(member.affiliation()), member.active())
			.query(Long.class)
			.single();
		this.audit.record(actor, "MEMBRO_AGGIUNTO", TARGET, member.bodyName().strip(), describe(member));
		return id;
	}

	public void update(Member member, String actor) {
		checkUnique(member);
		int updated;
		try {
			updated = this.jdbc.sql("""
					update meeting_member set body_name = ?, name = ?, email = ?, affiliation = ?, active = ?,
					    updated_at = now(), version = version + 1
					where id = ? and version = ?""")
				.params(member.bodyName().strip(), member.name().strip(), member.email().strip(),
						blankToNull(member.affiliation()), member.active(), member.id(), member.version())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateEmailException();
		}
		if (updated == 0) {
			throw new ConflictException();
		}
		this.audit.record(actor, "MEMBRO_MODIFICATO", TARGET, member.bodyName().strip(), describe(member));
	}

	/**
	 * Removes the member; what was already sent to the address stays in each meeting's
	 * record.
	 */
	public void remove(long id, String actor) {
		Member member = member(id).orElseThrow(ConflictException::new);
		this.jdbc.sql("delete from meeting_member where id = ?").param(id).update();
		this.audit.record(actor, "MEMBRO_RIMOSSO", TARGET, member.bodyName(), describe(member));
	}

	/** The active members of a body, who receive its convocations. */
	@Transactional(readOnly = true)
	List<Member> active(String bodyName) {
		return of(bodyName).stream().filter(Member::active).toList();
	}

	private void checkUnique(Member member) {
		long others = this.jdbc.sql("""
				select count(*) from meeting_member where body_name = ? and lower(email) = lower(?) and id <> ?""")
			.params(member.bodyName().strip(), member.email().strip(), member.id() == null ? -1 : member.id())
			.query(Long.class)
			.single();
		if (others > 0) {
			throw new DuplicateEmailException();
		}
	}

	private static String describe(Member member) {
		return member.name().strip() + " <" + member.email().strip() + ">" + (member.active() ? "" : " (non attivo)");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
