package it.anci.welfare.files;

import java.util.List;
import java.util.Optional;

import it.anci.welfare.accounts.AuditLog;
import it.anci.welfare.common.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files attached to meetings, templates and news; owners check their own visibility
 * before serving one.
 */
@Service
@Transactional
public class Attachments {

	private final JdbcClient jdbc;

	private final FileStore store;

	private final AuditLog audit;

	Attachments(JdbcClient jdbc, FileStore store, AuditLog audit) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
	}

	/**
	 * Attaches the file and records the change: the owner gets a new version (a form open
	 * on the old one must not overwrite the new file list) and the audit log says who.
	 */
	public Attachment attach(Attachment.Owner owner, long ownerId, Attachment.Kind kind, String title, StoredFile file,
			String actor) {
		Attachment attachment = store(owner, ownerId, kind, title, file, actor);
		changed(owner, ownerId, actor, "ALLEGATO_AGGIUNTO", attachment.title() + " (" + file.filename() + ")");
		return attachment;
	}

	/**
	 * Attaches the file without recording a change: for an owner saved together with its
	 * files, whose own history says so (a proposal and the documents sent with it).
	 */
	public Attachment store(Attachment.Owner owner, long ownerId, Attachment.Kind kind, String title, StoredFile file,
			String actor) {
		long id = this.jdbc
			.sql("insert into attachment (owner_type, owner_id, kind, title, file_id, created_by) "
					+ "values (?, ?, ?, ?, ?, ?) returning id")
			.params(owner.name(), ownerId, kind.name(), title.strip(), file.id(), actor)
			.query(Long.class)
			.single();
		return new Attachment(id, kind, title.strip(), file);
	}

	/**
	 * Removes the attachment and its file and records the change as {@link #attach} does;
	 * false when it does not belong to that owner.
	 */
	public boolean detach(Attachment.Owner owner, long ownerId, long id, String actor) {
		Optional<Attachment> attachment = find(owner, ownerId, id);
		attachment.ifPresent(a -> {
			remove(owner, ownerId, id);
			changed(owner, ownerId, actor, "ALLEGATO_RIMOSSO", a.title() + " (" + a.file().filename() + ")");
		});
		return attachment.isPresent();
	}

	@Transactional(readOnly = true)
	public List<Attachment> of(Attachment.Owner owner, long ownerId) {
		return this.jdbc
			.sql("select id, kind, title, file_id from attachment where owner_type = ? and owner_id = ? "
					+ "order by case kind when 'CONVOCAZIONE' then 0 when 'VERBALE' then 1 else 2 end, id")
			.params(owner.name(), ownerId)
			.query((rs, n) -> new Attachment(rs.getLong(1), Attachment.Kind.valueOf(rs.getString(2)), rs.getString(3),
					this.store.file(rs.getLong(4)).orElseThrow()))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Attachment> find(Attachment.Owner owner, long ownerId, long id) {
		return of(owner, ownerId).stream().filter(a -> a.id() == id).findFirst();
	}

	/**
	 * The file of attachment {@code id} to serve; 404 when it is not one of that owner's.
	 */
	@Transactional(readOnly = true)
	public StoredFile file(Attachment.Owner owner, long ownerId, long id) {
		return find(owner, ownerId, id).orElseThrow(() -> new NotFoundException("attachment " + id)).file();
	}

	/**
	 * Removes the attachment and its file, for an owner that records the change itself;
	 * false when it does not belong to that owner.
	 */
	public boolean remove(Attachment.Owner owner, long ownerId, long id) {
		Optional<Attachment> attachment = find(owner, ownerId, id);
		attachment.ifPresent(a -> {
			this.jdbc.sql("delete from attachment where id = ?").param(id).update();
			this.store.delete(a.file().id());
		});
		return attachment.isPresent();
	}

	private void changed(Attachment.Owner owner, long ownerId, String actor, String action, String details) {
		// the table name comes from the enum, never from input
		String slug = this.jdbc
			.sql("update " + owner.table + " set updated_at = now(), version = version + 1 where id = ? returning slug")
			.param(ownerId)
			.query(String.class)
			.single();
		this.audit.record(actor, action, owner.auditTarget, slug, details);
	}

}
