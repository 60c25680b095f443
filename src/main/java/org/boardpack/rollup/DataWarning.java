package org.boardpack.rollup;

import java.util.List;

/**
 * Something in the data a reader should know before trusting a figure, found in the
 * roll-up and printed the same way in every document of the pack.
 *
 * @param kind {@code same-figures} (indicators under different codes with identical
 * series) or {@code placeholder} (placeholder text from the plan, such as "X%", printed
 * as if it were a figure)
 * @param codes the indicators or actions it is about, by their codes
 * @param text the warning as a reader sees it, one sentence or two
 */
public record DataWarning(String kind, List<String> codes, String text) {

	public static final String SAME_FIGURES = "same-figures";

	public static final String PLACEHOLDER = "placeholder";

	public DataWarning {
		codes = List.copyOf(codes);
	}

}
