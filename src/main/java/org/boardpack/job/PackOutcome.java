package org.boardpack.job;

import java.nio.file.Path;

/**
 * What became of one programme in a run of many: its pack's folder, or why there is none.
 *
 * @param programme the programme's id, or the folder's name when the folder could not be
 * read
 * @param period the period run, or null when none was decided
 * @param pack where the pack was published; null when the programme failed
 * @param failure why the programme failed (an {@code InvalidInputException} for bad
 * input); null when it did not
 */
public record PackOutcome(Path folder, String programme, String period, Path pack, Exception failure) {
}
