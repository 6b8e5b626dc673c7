import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * Build step (run by the Maven build with Java's source launcher, never shipped): copies into the classes folder the
 * parts of the Bootstrap Italia webjar the pages use (the jar leaves the 5 MB webjar out: its sources, maps and old font
 * formats were two thirds of it), and writes a gzip and a brotli copy beside every compressible static file, ours
 * (target/classes/static) and the webjar's, so that Spring's EncodedResourceResolver serves them precompressed instead
 * of compressing 1 MB of script per request.
 *
 * <p>Arguments: the classes folder, then the webjar jars to read.
 */
public class Precompress {

	private static final List<String> COMPRESSIBLE = List.of(".css", ".js", ".svg", ".json", ".txt", ".html");

	/**
	 * The parts of a webjar the pages use: its styles, scripts, icon sprite and web fonts with their licences (not its
	 * sources, maps or old font formats), and the version file by which webjars-locator finds its folder.
	 */
	private static final java.util.regex.Pattern WEBJAR_PARTS = java.util.regex.Pattern.compile(
			"META-INF/resources/webjars/[^/]+/[^/]+/(LICENSE|dist/(css|js|svg)/.+(?<!\\.map)|dist/fonts/.+\\.(woff2|txt))"
					+ "|META-INF/maven/[^/]+/[^/]+/pom\\.properties");

	private static final int MINIMUM = 1024;

	public static void main(String[] args) throws IOException {
		Brotli4jLoader.ensureAvailability();
		Path classes = Path.of(args[0]);
		int written = 0;
		int copied = 0;
		try (Stream<Path> files = Files.walk(classes.resolve("static"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				written += write(Files.readAllBytes(file), file);
			}
		}
		for (int i = 1; i < args.length; i++) {
			try (JarFile jar = new JarFile(args[i])) {
				for (JarEntry entry : jar.stream()
					.filter(e -> !e.isDirectory() && WEBJAR_PARTS.matcher(e.getName()).matches())
					.toList()) {
					Path file = classes.resolve(entry.getName());
					try (InputStream in = jar.getInputStream(entry)) {
						byte[] content = in.readAllBytes();
						if (!Files.exists(file)) {
							Files.createDirectories(file.getParent());
							Files.write(file, content);
							copied++;
						}
						written += write(content, file);
					}
				}
			}
		}
		System.out.println("Precompress: " + copied + " webjar files copied, " + written + " gzip and brotli files in "
				+ classes);
	}

	/** Writes file.gz and file.br of {@code content} beside {@code file} unless they are up to date; returns 2 or 0. */
	private static int write(byte[] content, Path file) throws IOException {
		String name = file.getFileName().toString();
		if (!compressible(name) || content.length < MINIMUM || linksToFiles(name, content)) {
			return 0;
		}
		Path gzip = file.resolveSibling(name + ".gz");
		Path brotli = file.resolveSibling(name + ".br");
		// a webjar's files never change under their versioned path; ours are compressed again when they change
		if (Files.exists(brotli) && (!Files.exists(file)
				|| Files.getLastModifiedTime(brotli).compareTo(Files.getLastModifiedTime(file)) >= 0)) {
			return 0;
		}
		Files.createDirectories(file.getParent());
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip)) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			out.write(content);
		}
		Files.write(brotli, Encoder.compress(content, new Encoder.Parameters().setQuality(11)));
		return 2;
	}

	/**
	 * A style sheet that names other files (fonts, images) is rewritten when served, each link getting the content
	 * version of its file: a copy made now would keep the links unversioned, so it is left to the server's gzip.
	 * Inline {@code data:} images, quoted or not, are not links (the quote sits inside the look-ahead, so that the
	 * regex cannot skip it and take {@code "data:} for a file).
	 */
	private static boolean linksToFiles(String name, byte[] content) {
		return name.endsWith(".css") && java.util.regex.Pattern.compile("url\\(\\s*(?!['\"]?data:)")
			.matcher(new String(content, java.nio.charset.StandardCharsets.UTF_8))
			.find();
	}

	private static boolean compressible(String name) {
		return COMPRESSIBLE.stream().anyMatch(name::endsWith);
	}

}
