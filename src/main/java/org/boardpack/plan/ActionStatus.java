package org.boardpack.plan;

import java.util.Locale;

/** The status an action lead reports. */
public enum ActionStatus {

	NOT_STARTED("Not started"), IN_PROGRESS("In progress"), COMPLETE("Complete"), ON_HOLD("On hold"),
	CANCELLED("Cancelled");

	private final String label;

	ActionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The word used in input files, e.g. {@code in-progress}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Reads an input word ("in-progress", "In progress"); null when unknown. */
	public static ActionStatus parse(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
		for (ActionStatus status : values()) {
			if (status.code().equals(value)) {
				return status;
			}
		}
		return null;
	}

}
