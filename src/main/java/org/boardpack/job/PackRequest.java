package org.boardpack.job;

import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.programme.ProgrammeInput;

/**
 * What to run: a programme folder, already read and found valid, for one period.
 *
 * @param inputs a digest of every input file: a failed run is resumed only while its
 * inputs are unchanged
 * @param recover whether a run still marked as running may be taken as cut short and
 * recovered
 */
public record PackRequest(Path folder, String programme, YearMonth period, String inputs, boolean recover) {

	public static PackRequest of(Path folder, ProgrammeInput input, YearMonth period, boolean recover) {
		return new PackRequest(folder.toAbsolutePath().normalize(), input.settings().id(), period, input.inputsDigest(),
				recover);
	}

}
