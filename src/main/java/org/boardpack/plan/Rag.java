package org.boardpack.plan;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The five RAG colours with the words that always accompany them, ordered so that a
 * higher {@link #severity()} needs more of the board's attention.
 */
public enum Rag {

	GREY("Grey", "Not rated", 0), BLUE("Blue", "Complete", 1), GREEN("Green", "On track", 2),
	AMBER("Amber", "At risk", 3), RED("Red", "Off track", 4);

	private final String word;

	private final String meaning;

	private final int severity;

	Rag(String word, String meaning, int severity) {
		this.word = word;
		this.meaning = meaning;
		this.severity = severity;
	}

	/**
	 * The colour as a word, e.g. "Amber": shown beside every colour so colour is never
	 * the only signal.
	 */
	public String word() {
		return this.word;
	}

	public String meaning() {
		return this.meaning;
	}

	public int severity() {
		return this.severity;
	}

	public boolean isWorseThan(Rag other) {
		return this.severity > other.severity;
	}

	/** Lower-case code used in input files and JSON ("red"). */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads the input word ("Red", "amber") or letter (R, A, G, B); returns null for an
	 * unknown word.
	 */
	public static Rag parse(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "blue", "b" -> BLUE;
			case "green", "g" -> GREEN;
			case "amber", "a" -> AMBER;
			case "red", "r" -> RED;
			case "grey", "gray" -> GREY;
			default -> null;
		};
	}

}
