package org.boardpack.rating;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Direction of travel, worded for measures with a polarity (improving) and without one
 * (increasing).
 */
public enum Direction {

	IMPROVING("Improving"), WORSENING("Worsening"), NO_CHANGE("No change"), INCREASING("Increasing"),
	DECREASING("Decreasing"), NOT_AVAILABLE("Not available");

	private final String word;

	Direction(String word) {
		this.word = word;
	}

	public String word() {
		return this.word;
	}

	/** Lower-case code used in JSON ("no-change"). */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
