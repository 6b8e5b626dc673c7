package it.anci.welfare.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The order in which the browser tests look for a Chromium (issue 17): the named one,
 * then the PATH.
 */
class ChromiumTests {

	@TempDir
	Path folder;

	@Test
	void theExecutableNamedInTheVariableComesFirst() throws IOException {
		Path named = executable("my-chromium");
		Path onPath = executable("chromium");
		Chromium.Choice choice = Chromium
			.find(Map.of(Chromium.VARIABLE, named.toString(), "PATH", this.folder.toString()));
		assertThat(choice.executable()).isEqualTo(named);
		assertThat(choice.origin()).contains(Chromium.VARIABLE);
		assertThat(Chromium.find(Map.of("PATH", this.folder.toString())).executable()).isEqualTo(onPath);
	}

	@Test
	void aNamedFileThatIsNotAnExecutableIsAnErrorNotASkip() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Chromium.find(Map.of(Chromium.VARIABLE, this.folder.resolve("none").toString())))
			.withMessageContaining("is not an executable file");
	}

	@Test
	void thePathIsSearchedInOrderForEveryUsualName() throws IOException {
		Path first = Files.createDirectory(this.folder.resolve("first"));
		Path second = Files.createDirectory(this.folder.resolve("second"));
		Files.writeString(second.resolve("google-chrome"), "#!/bin/sh\n");
		assertThat(Chromium.onPath(Map.of("PATH", first + ":" + second))).isEmpty();
		Path chrome = second.resolve("google-chrome");
		Files.setPosixFilePermissions(chrome, PosixFilePermissions.fromString("rwxr-xr-x"));
		assertThat(Chromium.onPath(Map.of("PATH", first + ":" + second))).contains(chrome);
	}

	private Path executable(String name) throws IOException {
		Path file = Files.writeString(this.folder.resolve(name), "#!/bin/sh\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

}
