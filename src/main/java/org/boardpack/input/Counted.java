package org.boardpack.input;

/**
 * A count written with its noun, singular or plural as the count asks: "1 action", "3
 * actions", "0 actions". Every sentence of the pack that counts something is built with
 * it, so none reads "1 actions".
 */
public final class Counted {

	private Counted() {
	}

	/** "1 action", "7 actions"; a phrase pluralises its last word ("open action"). */
	public static String of(long count, String noun) {
		return count + " " + noun(count, noun);
	}

	/** The noun alone, singular for one and plural otherwise. */
	public static String noun(long count, String noun) {
		return (count == 1) ? noun : plural(noun);
	}

	/** "is" for one, "are" otherwise. */
	public static String is(long count) {
		return (count == 1) ? "is" : "are";
	}

	/** "was" for one, "were" otherwise. */
	public static String was(long count) {
		return (count == 1) ? "was" : "were";
	}

	/**
	 * A part of a whole said the way a person would: "the only open action is red", "all
	 * 3 open actions are red", "none of the 4 open actions is red", "1 of the 6 open
	 * actions (16.7%) is red".
	 */
	public static String share(int part, int whole, String noun, String what) {
		if (whole == 1) {
			return "the only " + noun + " is " + ((part == 1) ? what : "not " + what);
		}
		if (part == whole) {
			return Text.format("all %s are %s", of(whole, noun), what);
		}
		if (part == 0) {
			return Text.format("none of the %s is %s", of(whole, noun), what);
		}
		return Text.format("%d of the %s (%s) %s %s", part, of(whole, noun), Percent.exact(100.0 * part / whole),
				is(part), what);
	}

	private static String plural(String noun) {
		int space = noun.lastIndexOf(' ');
		String head = noun.substring(0, space + 1);
		String word = noun.substring(space + 1);
		if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
			return head + word + "es";
		}
		if (word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
			return head + word.substring(0, word.length() - 1) + "ies";
		}
		return head + word + "s";
	}

}
