package org.boardpack.job;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;

import org.springframework.stereotype.Component;

/**
 * Programme folders already read by whoever started a run, handed to its ingest step so
 * that a folder is read once per run. The ingest step takes the input only while its
 * files are unchanged (same digest), and reads the folder itself otherwise, e.g. when a
 * run is resumed by a later process.
 */
@Component
class ProgrammeInputs {

	private final Map<String, ProgrammeInput> read = new ConcurrentHashMap<>();

	void offer(Path folder, ProgrammeInput input) {
		this.read.put(key(folder, input.inputsDigest()), input);
	}

	/**
	 * The input offered for this folder and digest, removed so it is not held after its
	 * run; or read afresh.
	 */
	ProgrammeInput take(Path folder, String digest) {
		ProgrammeInput input = this.read.remove(key(folder, digest));
		return (input != null) ? input : ProgrammeReader.read(folder);
	}

	/**
	 * Lets go of an input its run never took, as when the run was refused or resumed
	 * after its ingest.
	 */
	void discard(Path folder, ProgrammeInput input) {
		this.read.remove(key(folder, input.inputsDigest()));
	}

	private static String key(Path folder, String digest) {
		return folder.toAbsolutePath().normalize() + "\n" + digest;
	}

}
