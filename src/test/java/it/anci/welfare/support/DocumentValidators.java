package it.anci.welfare.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The independent checkers the generated files must pass: veraPDF (its own parser, not
 * PDFBox) for PDF/UA-1 and PDF/A-2a, and the ODF Toolkit validator for ODF 1.2/1.3
 * conformance. The ODF validator ships only as a jar-with-dependencies (it bundles Jena,
 * commons-io and more), so the build copies it to target/odfvalidator and it runs as its
 * own program, never on the test classpath.
 */
public final class DocumentValidators {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private DocumentValidators() {
	}

	/**
	 * Every failed rule of {@code flavour}, as "clause-test: description (context)";
	 * empty when the file conforms.
	 */
	public static List<String> veraPdf(byte[] pdf, PDFAFlavour flavour) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			List<String> failures = new ArrayList<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
							+ assertion.getMessage() + " (" + assertion.getLocation().getContext() + ")");
				}
			}
			if (failures.isEmpty() && !result.isCompliant()) {
				failures.add("not compliant: " + result.getJobEndStatus());
			}
			return failures;
		}
	}

	/**
	 * What the ODF validator said: its exit code (0 when every file is valid) and its
	 * report.
	 */
	public record OdfReport(int exitCode, String text) {
	}

	/**
	 * Runs the ODF Toolkit validator once on all the files, verbosely: a line per part of
	 * each file, its errors and warnings, and
	 * "{@code <file>:  Info: no errors, no warnings}" for each file that has none.
	 */
	public static OdfReport odfValidator(List<Path> files) throws IOException, InterruptedException {
		Path jar = Path.of("target/odfvalidator/odfvalidator.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					jar + " missing: run the tests through Maven (process-test-resources copies it)");
		}
		List<String> command = new ArrayList<>(List
			.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "-v"));
		files.forEach(f -> command.add(f.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("the ODF validator did not finish in 2 minutes");
		}
		return new OdfReport(process.exitValue(), text);
	}

}
