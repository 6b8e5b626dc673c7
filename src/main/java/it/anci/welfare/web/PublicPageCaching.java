package it.anci.welfare.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Lets browsers, proxies and CDNs keep the public pages (Spring Security marks every
 * response no-store). An anonymous GET of a public page gets
 * {@code Cache-Control: public} with a lifetime by kind of page and an ETag made of the
 * content version (bumped by every change to the content tables), the build and a
 * five-minute slot (for what changes with time: a scheduled news item, a meeting that
 * ends) and the interface's language; a request that sends that ETag back gets 304
 * without rendering. The version is kept in memory, read every second; for an HTML page
 * it is read at the request, and the page kept by {@link RenderedPages} at that version
 * is sent without rendering too. Staff, any request or response with a session, errors,
 * non-page responses and a change of language ({@code ?lang=}, which sets a cookie) keep
 * Spring Security's no-store. Runs inside the security and session filters, so its
 * headers are set first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PublicPageCaching extends OncePerRequestFilter {

	private static final Duration TIME_SLOT = Duration.ofMinutes(5);

	private static final Duration VERSION_STALE = Duration.ofSeconds(3);

	private volatile Version version;

	/** Pages whose address never starts like a public page: never public. */
	private static final List<String> PRIVATE = List.of("/admin", "/login", "/logout", "/valutazioni", "/avvisi",
			"/pratiche/proponi", "/proposte", "/actuator", "/assets/", "/webjars/", "/error");

	/**
	 * Form pages under public addresses (a card's contact form): they carry a session's
	 * CSRF token.
	 */
	private static final java.util.regex.Pattern FORMS = java.util.regex.Pattern.compile("/contatta(/|$)");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String build;

	private final LocaleResolver languages;

	private final RenderedPages pages;

	private final UnavailablePage unavailable;

	PublicPageCaching(JdbcClient jdbc, Clock clock, ObjectProvider<BuildProperties> build, LocaleResolver languages,
			RenderedPages pages, UnavailablePage unavailable) {
		this.jdbc = jdbc;
		this.pages = pages;
		this.unavailable = unavailable;
		this.languages = languages;
		this.clock = clock;
		BuildProperties properties = build.getIfAvailable();
		this.build = Long
			.toString((properties != null && properties.getTime() != null ? properties.getTime() : Instant.now())
				.getEpochSecond(), 36);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| PRIVATE.stream().anyMatch(path::startsWith) || FORMS.matcher(path).find()
				|| hasSessionCookie(request) || request.getParameter(Languages.PARAMETER) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean keeps = this.pages.keeps(request) && version() != null;
		// a page kept in the store is checked against the database's version now
		Long version = keeps ? this.pages.contentVersion() : version();
		if (keeps && version == null) {
			// the database stopped answering in the second before DatabaseOutageFilter
			// knows
			this.unavailable.render(request, response);
			return;
		}
		if (version == null) {
			chain.doFilter(request, response);
			return;
		}
		long slot = this.clock.instant().getEpochSecond() / TIME_SLOT.toSeconds();
		String language = this.languages.resolveLocale(request).getLanguage();
		String etag = etag(version, slot, language);
		String cacheControl = cacheControl(request.getRequestURI());
		String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (asked != null && List.of(asked.split("\\s*,\\s*")).contains(etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			publicHeaders(response, cacheControl, etag);
			return;
		}
		if (!keeps) {
			chain.doFilter(request, publicWhenFit(request, response, cacheControl, etag, null));
			return;
		}
		String key = RenderedPages.key(request, language, slot);
		RenderedPages.Page kept = this.pages.get(key, version);
		if (kept != null) {
			publicHeaders(response, cacheControl, etag);
			this.pages.send(kept, request, response);
			return;
		}
		boolean[] madePublic = { false };
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(
				publicWhenFit(request, response, cacheControl, etag, madePublic));
		chain.doFilter(request, rendered);
		byte[] body = rendered.getContentAsByteArray();
		rendered.copyBodyToResponse();
		if (madePublic[0]) {
			this.pages.keep(key, version, rendered, body);
		}
	}

	private String etag(long version, long slot, String language) {
		return "W/\"" + version + "-" + this.build + "-" + slot + "-" + language + "\"";
	}

	private static void publicHeaders(HttpServletResponse response, String cacheControl, String etag) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Accept-Language, Cookie");
	}

	/**
	 * The response made public when it is committed, if it is fit: a page rendered
	 * without error or session, whose controller did not choose its own caching (file
	 * downloads).
	 */
	private static HttpServletResponse publicWhenFit(HttpServletRequest request, HttpServletResponse response,
			String cacheControl, String etag, boolean[] madePublic) {
		// sendError commits the response before it sets the status: the outer wrapper
		// notes the error first
		boolean[] error = { false };
		OnCommittedResponseWrapper headers = new OnCommittedResponseWrapper(response) {
			@Override
			protected void onResponseCommitted() {
				if (!error[0] && getStatus() == HttpServletResponse.SC_OK && !containsHeader(HttpHeaders.CACHE_CONTROL)
						&& !containsHeader(HttpHeaders.ETAG) && request.getSession(false) == null) {
					setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
					setHeader(HttpHeaders.ETAG, etag);
					addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
					if (madePublic != null) {
						madePublic[0] = true;
					}
				}
			}
		};
		return new HttpServletResponseWrapper(headers) {
			@Override
			public void sendError(int status) throws IOException {
				error[0] = true;
				super.sendError(status);
			}

			@Override
			public void sendError(int status, String message) throws IOException {
				error[0] = true;
				super.sendError(status, message);
			}
		};
	}

	/**
	 * Lists change with every publication; a card, a news item or a meeting rarely; the
	 * site pages almost never.
	 */
	static String cacheControl(String path) {
		if (path.matches("/(accessibilita|privacy|note-legali|dati|pratiche/la-raccolta)")) {
			return "public, max-age=3600, stale-while-revalidate=86400";
		}
		if (path.matches("/(pratiche|notizie|riunioni|modelli|modelli/categorie|comuni|regioni)/[^/.]+")) {
			return "public, max-age=300, stale-while-revalidate=3600";
		}
		return "public, max-age=60, stale-while-revalidate=300";
	}

	/**
	 * The content version as last read, or null when it is older than
	 * {@link #VERSION_STALE} (the database is not answering): the page then goes
	 * uncached, and no request ever waits for this read.
	 */
	private Long version() {
		Version last = this.version;
		return last != null && last.readAt().isAfter(this.clock.instant().minus(VERSION_STALE)) ? last.value() : null;
	}

	/**
	 * Read once a second in the background: a page costs no query, and a change shows
	 * within a second.
	 */
	@Scheduled(fixedDelay = 1000)
	void readVersion() {
		try {
			this.version = new Version(this.jdbc.sql("select version from content_state").query(Long.class).single(),
					this.clock.instant());
		}
		catch (DataAccessException ex) {
			// stale soon: pages go uncached until the database answers again
		}
	}

	private record Version(long value, Instant readAt) {
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if ("SESSION".equals(cookie.getName()) || "JSESSIONID".equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

}
