package it.anci.welfare.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores files in the database (bytes, size, SHA-256, media type) and counts their
 * downloads.
 */
@Service
@Transactional
public class FileStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	FileStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public StoredFile store(String filename, String mediaType, byte[] content) {
		String sha256 = sha256(content);
		long id = this.jdbc
			.sql("insert into stored_file (filename, media_type, size, sha256, content) "
					+ "values (?, ?, ?, ?, ?) returning id")
			.params(filename, mediaType, content.length, sha256, content)
			.query(Long.class)
			.single();
		return file(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> file(long id) {
		return this.jdbc.sql("select id, filename, media_type, size, sha256, created_at from stored_file where id = ?")
			.param(id)
			.query((rs, n) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.optional();
	}

	@Transactional(readOnly = true)
	public byte[] content(long id) {
		return this.jdbc.sql("select content from stored_file where id = ?").param(id).query(byte[].class).single();
	}

	public void delete(long id) {
		this.jdbc.sql("delete from stored_file where id = ?").param(id).update();
	}

	/**
	 * Counts a download once per client (a hash, never the address itself) per file per
	 * day.
	 */
	public void countDownload(long fileId, String address, String userAgent) {
		String client = sha256((address + "|" + userAgent).getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.substring(0, 32);
		this.jdbc.sql("insert into download_event (file_id, day, client) values (?, ?, ?) on conflict do nothing")
			.params(fileId, LocalDate.now(this.clock), client)
			.update();
	}

	@Transactional(readOnly = true)
	public long downloads(long fileId) {
		return this.jdbc.sql("select count(*) from download_event where file_id = ?")
			.param(fileId)
			.query(Long.class)
			.single();
	}

	/**
	 * Downloads of some files per month ("2026-03" → count), oldest first: each client
	 * once per file and day.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, Long> downloadsByMonth(java.util.List<Long> fileIds) {
		java.util.Map<String, Long> months = new java.util.LinkedHashMap<>();
		if (fileIds.isEmpty()) {
			return months;
		}
		this.jdbc.sql(
				"select to_char(day, 'YYYY-MM'), count(*) from download_event where file_id in (:ids) group by 1 order by 1")
			.param("ids", fileIds)
			.query(rs -> {
				months.put(rs.getString(1), rs.getLong(2));
			});
		return months;
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
