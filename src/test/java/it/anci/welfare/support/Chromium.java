package it.anci.welfare.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.microsoft.playwright.Playwright;

/**
 * Finds the Chromium the browser tests drive, so that {@code ./mvnw verify} runs them on
 * any machine and never skips them. In order: the executable named by {@value #VARIABLE};
 * a Chromium or Chrome on the PATH; Playwright's own Chromium, downloaded on first use
 * where the network allows; on Debian or Ubuntu, as root, the distribution's package
 * installed by the build itself. Otherwise the run fails with one line giving the install
 * command.
 */
final class Chromium {

	static final String VARIABLE = "PORTAL_TEST_CHROMIUM";

	private static final List<String> ON_PATH = List.of("chromium", "chromium-browser", "google-chrome-stable",
			"google-chrome");

	private static final long INSTALL_MINUTES = 10;

	/**
	 * Playwright downloads every browser it knows when it starts, unless told not to:
	 * only Chromium is ever needed, and {@link #playwrightChromiumInstalled()} asks for
	 * it alone.
	 */
	static final Map<String, String> NO_DOWNLOAD = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

	/** The browser to launch: an executable, or none for Playwright's own Chromium. */
	record Choice(Path executable, String origin) {
	}

	private static Choice chosen;

	private Chromium() {
	}

	static synchronized Choice choose() {
		if (chosen == null) {
			chosen = findOneForkAtATime();
			System.out.println("Browser tests: Chromium " + chosen.origin());
		}
		return chosen;
	}

	/**
	 * The test forks (two JVMs, see the pom) look for a Chromium one at a time: where
	 * none is found both would otherwise run Playwright's download or apt-get at once,
	 * and the second apt-get fails on dpkg's lock.
	 */
	private static Choice findOneForkAtATime() {
		Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "portal-test-chromium.lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			return find(System.getenv());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The first Chromium of the order above; {@code environment} gives {@value #VARIABLE}
	 * and the PATH.
	 */
	static Choice find(Map<String, String> environment) {
		String named = environment.get(VARIABLE);
		if (named != null && !named.isBlank()) {
			Path path = Path.of(named.strip());
			if (!Files.isExecutable(path)) {
				throw new IllegalStateException(VARIABLE + "=" + named + " is not an executable file");
			}
			return new Choice(path, "named by " + VARIABLE + ": " + path);
		}
		Optional<Path> onPath = onPath(environment);
		if (onPath.isPresent()) {
			return new Choice(onPath.get(), "on the PATH: " + onPath.get());
		}
		if (playwrightChromiumInstalled()) {
			return new Choice(null, "managed by Playwright");
		}
		boolean debian = debianLike();
		if (debian && isRoot()) {
			run("apt-get", "update", "-qq");
			run("apt-get", "install", "-y", "-qq", "chromium");
			Optional<Path> installed = onPath(System.getenv());
			if (installed.isPresent()) {
				return new Choice(installed.get(), "installed by the build from the distribution: " + installed.get());
			}
		}
		throw new IllegalStateException("No Chromium for the browser tests: install one with '" + (debian
				? (isRoot() ? "" : "sudo ") + "apt-get install -y chromium" : "npx playwright install chromium")
				+ "' or name its executable in " + VARIABLE);
	}

	static Optional<Path> onPath(Map<String, String> environment) {
		String path = environment.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
		return ON_PATH.stream()
			.flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

	/**
	 * Asks Playwright for its Chromium, which it downloads where the network allows
	 * (seconds to fail where not).
	 */
	private static boolean playwrightChromiumInstalled() {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		try {
			Process install = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
					"com.microsoft.playwright.CLI", "install", "chromium")
				.redirectErrorStream(true)
				.start();
			String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!install.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES) || install.exitValue() != 0) {
				System.out.println("Browser tests: Playwright could not download its Chromium: "
						+ output.lines().filter(l -> l.contains("Error")).findFirst().orElse(output.strip()));
				return false;
			}
			try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(NO_DOWNLOAD))) {
				return Files.isExecutable(Path.of(playwright.chromium().executablePath()));
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean debianLike() {
		try {
			String release = Files.readString(Path.of("/etc/os-release"));
			return release.lines().anyMatch(l -> l.matches("(ID|ID_LIKE)=.*\\b(debian|ubuntu)\\b.*"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void run(String... command) {
		try {
			System.out.println("Browser tests: " + String.join(" ", command));
			ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
			builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
			Process process = builder.start();
			if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("'" + String.join(" ", command) + "' failed");
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("'" + String.join(" ", command) + "' failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
