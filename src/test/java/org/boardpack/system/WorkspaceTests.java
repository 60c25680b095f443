package org.boardpack.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a command looks for the default programme, the programmes to serve and the store,
 * from any folder.
 */
class WorkspaceTests {

	@TempDir
	Path temp;

	@Test
	void theInstallationGivesTheDefaultProgrammeAndTheStoreWhateverTheCurrentFolder() {
		// when
		Workspace workspace = Workspace.of(Map.of("BOARDPACK_HOME", "/opt/boardpack"));

		// then
		assertThat(workspace.defaultProgramme()).isEqualTo(Path.of("/opt/boardpack/jobs/bromley-csc-2016"));
		assertThat(workspace.programmes()).isEqualTo(Path.of("/opt/boardpack/jobs"));
		assertThat(workspace.store()).isEqualTo(Path.of("/opt/boardpack/output/.store"));
	}

	@Test
	void aWorkspaceMovesTheStoreAndProgrammesAndKeepsTheBundledExampleUntilItHasItsOwn() throws Exception {
		// given
		Path workspace = this.temp.resolve("council");
		Map<String, String> environment = Map.of("BOARDPACK_HOME", "/opt/boardpack", "BOARDPACK_WORKSPACE",
				workspace.toString());

		// when
		Workspace council = Workspace.of(environment);
		Path bundledUntilThen = council.defaultProgramme();
		Files.createDirectories(workspace.resolve("jobs/bromley-csc-2016"));

		// then
		assertThat(council.store()).isEqualTo(workspace.resolve("output/.store"));
		assertThat(council.programmes()).isEqualTo(workspace.resolve("jobs"));
		assertThat(bundledUntilThen).isEqualTo(Path.of("/opt/boardpack/jobs/bromley-csc-2016"));
		assertThat(council.defaultProgramme()).isEqualTo(workspace.resolve("jobs/bromley-csc-2016"));
	}

	@Test
	void withoutTheLauncherEverythingIsInTheCurrentFolderAsForJavaJar() {
		// when
		Workspace workspace = Workspace.of(Map.of("BOARDPACK_STORE", "/var/lib/boardpack"));

		// then
		assertThat(workspace.defaultProgramme()).hasToString("jobs/bromley-csc-2016");
		assertThat(workspace.store()).isEqualTo(Path.of("/var/lib/boardpack"));
	}

}
