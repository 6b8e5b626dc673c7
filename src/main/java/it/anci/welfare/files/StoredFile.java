package it.anci.welfare.files;

import java.time.Instant;

/** A file kept in PostgreSQL, without its bytes. */
public record StoredFile(long id, String filename, String mediaType, long size, String sha256, Instant createdAt) {

}
