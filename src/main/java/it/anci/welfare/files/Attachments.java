package it.anci.welfare.files;

import java.util.List;
import java.util.Optional;

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

	Attachments(JdbcClient jdbc, FileStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	public Attachment attach(Attachment.Owner owner, long ownerId, Attachment.Kind kind, String title, StoredFile file,
			String actor) {
		long id = this.jdbc
			.sql("insert into attachment (owner_type, owner_id, kind, title, file_id, created_by) "
					+ "values (?, ?, ?, ?, ?, ?) returning id")
			.params(owner.name(), ownerId, kind.name(), title.strip(), file.id(), actor)
			.query(Long.class)
			.single();
		return new Attachment(id, kind, title.strip(), file);
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
	 * Removes the attachment and its file; false when it does not belong to that owner.
	 */
	public boolean remove(Attachment.Owner owner, long ownerId, long id) {
		Optional<Attachment> attachment = find(owner, ownerId, id);
		attachment.ifPresent(a -> {
			this.jdbc.sql("delete from attachment where id = ?").param(id).update();
			this.store.delete(a.file().id());
		});
		return attachment.isPresent();
	}

}
