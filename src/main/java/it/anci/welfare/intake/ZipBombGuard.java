package it.anci.welfare.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The limits POI set on every XLSX it opened, which fastexcel-reader does not: no part
 * may unpack to more than 100 times its packed size (past the first 100 KB) nor beyond
 * {@value #MAX_ENTRY_SIZE} bytes. Each part is unpacked once and counted, with the ZIP
 * reader fastexcel-reader uses, since the sizes a ZIP declares may lie.
 */
final class ZipBombGuard {

	static final double MIN_INFLATE_RATIO = 0.01;

	static final long GRACE_SIZE = 100 * 1024;

	/**
	 * Four times the largest part of an importable file: 20,000 rows of 60 cells are
	 * about 50 MB of sheet XML.
	 */
	static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

	private ZipBombGuard() {
	}

	/** False for a zip bomb; an IOException when it is no ZIP at all. */
	static boolean unpacksSafely(byte[] zip) throws IOException {
		try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
			for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
				try (InputStream part = file.getInputStream(entry)) {
					if (!unpacksSafely(part)) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private static boolean unpacksSafely(InputStream part) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long unpacked = 0;
		for (int read = part.read(buffer); read >= 0; read = part.read(buffer)) {
			unpacked += read;
			long packed = part instanceof InputStreamStatistics counted ? counted.getCompressedCount() : unpacked;
			if (unpacked > MAX_ENTRY_SIZE || unpacked > GRACE_SIZE && packed < unpacked * MIN_INFLATE_RATIO) {
				return false;
			}
		}
		return true;
	}

}
