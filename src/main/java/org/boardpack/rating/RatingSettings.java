package org.boardpack.rating;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The thresholds behind every rating. Defaults follow the product's rating rules; a
 * programme overrides any of them in its {@code programme.yml} under {@code ratings:}.
 *
 * @param dueSoonDays an open action due within this many days is at risk when below
 * {@code dueSoonPercent}
 * @param dueSoonPercent the % complete an action due soon needs to stay green
 * @param redSharePercent a priority or programme is red when at least this % of open
 * actions are red
 * @param amberSharePercent a priority or programme is amber when any action is red or at
 * least this % are amber
 * @param tolerancePercent default indicator tolerance around the target, as % of the
 * target
 * @param benchmarkSimilarPercent a value within this % of a benchmark is "similar"
 * @param assessment how the assessed action RAG is formed from the reported and derived
 * ones
 */
public record RatingSettings(Integer dueSoonDays, Integer dueSoonPercent, Integer redSharePercent,
		Integer amberSharePercent, Double tolerancePercent, Double benchmarkSimilarPercent, Assessment assessment) {

	public static final RatingSettings DEFAULTS = new RatingSettings(30, 75, 20, 25, 5.0, 5.0, Assessment.WORSE_OF);

	/** How the assessed RAG of an action is decided. */
	public enum Assessment {

		/** The worse of the lead's reported RAG and the derived one. */
		WORSE_OF,
		/** The derived RAG only; the reported one is shown beside it. */
		DERIVED;

		/** Reads {@code worse-of} or {@code derived}, as written in programme.yml. */
		@JsonCreator
		public static Assessment parse(String text) {
			return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}

	}

	/** These settings with every missing value taken from {@link #DEFAULTS}. */
	public RatingSettings withDefaults() {
		RatingSettings d = DEFAULTS;
		return new RatingSettings(or(this.dueSoonDays, d.dueSoonDays), or(this.dueSoonPercent, d.dueSoonPercent),
				or(this.redSharePercent, d.redSharePercent), or(this.amberSharePercent, d.amberSharePercent),
				or(this.tolerancePercent, d.tolerancePercent),
				or(this.benchmarkSimilarPercent, d.benchmarkSimilarPercent), or(this.assessment, d.assessment));
	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
