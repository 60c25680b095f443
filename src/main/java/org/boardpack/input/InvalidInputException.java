package org.boardpack.input;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a programme's files have problems; carries every problem found, not just the first. */
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the input:\n"
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
