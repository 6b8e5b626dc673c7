package it.anci.welfare.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The public pages as last rendered, for the anonymous GETs {@link PublicPageCaching}
 * marks public: a page is sent again, without its queries and its rendering, while the
 * content version it was rendered at is still the database's (one read of
 * {@code content_state} per page, so a change shows at once, as when the page is
 * rendered). A JFR profile of {@code /pratiche} under 32 clients found 88 % of the time
 * in Thymeleaf (perf/README.md, issue 16). Pages are kept gzipped (a 74 KB catalogue page
 * is about 10 KB) within {@code portal.page-store.size}; 0 turns the store off.
 */
@Component
class RenderedPages {

	private final Cache<String, Page> pages;

	private static final int READ_TIMEOUT_MILLIS = 1000;

	private final JdbcTemplate jdbc;

	private final boolean enabled;

	private final Counter sent;

	private final Counter kept;

	RenderedPages(JdbcTemplate jdbc, MeterRegistry meters, @Value("${portal.page-store.size:32MB}") DataSize size) {
		this.jdbc = jdbc;
		this.enabled = size.toBytes() > 0;
		this.sent = meters.counter("portal.page.store", "pages", "sent");
		this.kept = meters.counter("portal.page.store", "pages", "kept");
		this.pages = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((String key, Page page) -> 2 * key.length() + page.gzip().length + 100)
			.build();
	}

	/**
	 * A page as rendered at one content version: the body gzipped, and what its headers
	 * said of it.
	 */
	record Page(long version, String contentType, String language, byte[] gzip) {
	}

	/**
	 * Whether the request may be answered from the store: a GET of a page (addresses with
	 * an extension are feeds, exports and calendars, which can be large).
	 */
	boolean keeps(HttpServletRequest request) {
		String path = request.getRequestURI();
		return this.enabled && "GET".equals(request.getMethod()) && path.indexOf('.', path.lastIndexOf('/')) < 0;
	}

	/**
	 * The page's address as the reader asked for it (host and scheme included: pages
	 * carry absolute links), in a language and a time slot.
	 */
	static String key(HttpServletRequest request, String language, long slot) {
		String query = request.getQueryString();
		return request.getRequestURL().append(query != null ? "?" + query : "") + " " + language + " " + slot;
	}

	/**
	 * The database's content version, read now (a page is sent from the store only if it
	 * was rendered at this version), or null when the database does not answer.
	 */
	Long contentVersion() {
		try {
			return this.jdbc.execute((ConnectionCallback<Long>) connection -> {
				// a frozen server would hold the read for the pool's 30 s socket timeout
				int before = connection.getNetworkTimeout();
				connection.setNetworkTimeout(Runnable::run, READ_TIMEOUT_MILLIS);
				try (Statement statement = connection.createStatement();
						ResultSet row = statement.executeQuery("select version from content_state")) {
					row.next();
					return row.getLong(1);
				}
				finally {
					connection.setNetworkTimeout(Runnable::run, before);
				}
			});
		}
		catch (DataAccessException ex) {
			return null;
		}
	}

	/** The page kept under the key, if it was rendered at the version; null otherwise. */
	Page get(String key, long version) {
		Page page = this.pages.getIfPresent(key);
		return page != null && page.version() == version ? page : null;
	}

	/**
	 * Keeps an HTML page rendered at the version (read before rendering it, so the page
	 * is at least that recent).
	 */
	void keep(String key, long version, HttpServletResponse response, byte[] body) {
		String contentType = response.getContentType();
		// a page that sets a cookie belongs to its reader
		if (contentType == null || !contentType.startsWith("text/html") || body.length == 0
				|| !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			return;
		}
		ByteArrayOutputStream gzip = new ByteArrayOutputStream(body.length / 5);
		try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.pages.put(key,
				new Page(version, contentType, response.getHeader(HttpHeaders.CONTENT_LANGUAGE), gzip.toByteArray()));
		this.kept.increment();
	}

	/** Sends a kept page, gzipped to a reader who accepts it. */
	void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(page.contentType());
		if (page.language() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.language());
		}
		byte[] body = page.gzip();
		if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		else {
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
				body = in.readAllBytes();
			}
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		this.sent.increment();
	}

	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
			String[] parts = coding.trim().split("\\s*;\\s*q\\s*=\\s*");
			if (parts[0].equals("gzip") || parts[0].equals("x-gzip")) {
				return parts.length == 1 || !parts[1].matches("0(\\.0*)?");
			}
		}
		return false;
	}

}
