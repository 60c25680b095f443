package org.boardpack.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a programme's files have problems; carries every problem found, not just
 * the first.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	private final boolean foundAfterStoring;

	public InvalidInputException(List<Problem> problems) {
		this(problems, false);
	}

	private InvalidInputException(List<Problem> problems, boolean foundAfterStoring) {
		super(Counted.of(problems.size(), "problem") + " in the input:\n"
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
		this.foundAfterStoring = foundAfterStoring;
	}

	/**
	 * The same problems, found by a stage of a run after its data was stored: what the
	 * store now holds differs from what the published pack was made from, which the user
	 * must be told.
	 */
	public InvalidInputException foundAfterStoring() {
		return new InvalidInputException(this.problems, true);
	}

	public boolean isFoundAfterStoring() {
		return this.foundAfterStoring;
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
