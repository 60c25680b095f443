package org.boardpack.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a programme is read, so that all of them are reported in one
 * go.
 */
public final class Problems {

	private final List<Problem> found = new ArrayList<>();

	private final List<Problem> warnings = new ArrayList<>();

	public void add(Problem problem) {
		this.found.add(problem);
	}

	public void file(String file, String message, Object... args) {
		add(new Problem(file, 0, null, Text.format(message, args)));
	}

	/**
	 * Something the user should know that does not stop the run, such as a file that is
	 * not read.
	 */
	public void warn(String file, String message, Object... args) {
		this.warnings.add(new Problem(file, 0, null, Text.format(message, args)));
	}

	public List<Problem> warnings() {
		return List.copyOf(this.warnings);
	}

	public boolean isEmpty() {
		return this.found.isEmpty();
	}

	public List<Problem> all() {
		return List.copyOf(this.found);
	}

	/** Throws {@link InvalidInputException} when anything was found. */
	public void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InvalidInputException(this.found);
		}
	}

}
