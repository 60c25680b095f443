package org.boardpack.input;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a programme is read, so that all of them are reported in one go. */
public final class Problems {

	private final List<Problem> found = new ArrayList<>();

	public void add(Problem problem) {
		this.found.add(problem);
	}

	public void file(String file, String message, Object... args) {
		add(new Problem(file, 0, null, Text.format(message, args)));
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
