package org.boardpack.exceptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.boardpack.input.Counted;
import org.boardpack.input.Text;
import org.boardpack.plan.Rag;
import org.boardpack.exceptions.ExceptionReport.Count;
import org.boardpack.rollup.ProgrammeRollup;

/**
 * The cover's count of each kind of exception, compared with last period where the
 * roll-up keeps what last period's count was: "7 red actions, up from 4".
 */
final class CoverCounts {

	private final ProgrammeRollup.Totals previous;

	private final List<Count> counts = new ArrayList<>();

	CoverCounts(ProgrammeRollup programme) {
		this.previous = programme.previous();
	}

	List<Count> all() {
		return List.copyOf(this.counts);
	}

	void offTrack(Rag rag, int now) {
		add("actions-off-track", now, rag.word().toLowerCase(Locale.ROOT) + " action", "",
				(this.previous != null) ? this.previous.counts().of(rag) : null);
	}

	void slipped(int now, Integer before) {
		add("slipped", now, "open action", " that slipped or were re-baselined", before);
	}

	void challenges(int now) {
		add("challenge", now, "action", " to challenge: reported better than the dates support",
				(this.previous != null) ? this.previous.conflicts() : null);
	}

	void missing(int now, int missedPeriods) {
		if (missedPeriods == 1) {
			add("missing-updates", now, "action", " without an update this period",
					(this.previous != null) ? this.previous.updatesMissing() : null);
		}
		else {
			// Last period's totals count every missing update, not only runs this long:
			// no fair comparison.
			this.counts.add(new Count("missing-updates", now,
					Text.format("%s without an update for %d periods or more", plural(now, "action"), missedPeriods)));
		}
	}

	void offTarget(Rag rag, int now) {
		add("indicators", now, rag.word().toLowerCase(Locale.ROOT) + " indicator", "",
				(this.previous != null) ? this.previous.indicatorCounts().of(rag) : null);
	}

	void worsening(int now, int periods) {
		// The roll-up keeps this period's worsening runs only, so there is nothing to
		// compare with.
		this.counts.add(new Count("indicators", now,
				Text.format("%s worsening for %d periods in a row or more", plural(now, "indicator"), periods)));
	}

	void missingValues(int now, Integer before) {
		add("indicators", now, "indicator", " missing a value they had last period", before);
	}

	private void add(String section, int now, String noun, String rest, Integer before) {
		// The rest is written for many and said of one here: "were" and "they" become
		// "was"
		// and "it".
		String sentence = plural(now, noun)
				+ ((now == 1) ? rest.replace(" were ", " was ").replace(" they ", " it ") : rest);
		this.counts.add(new Count(section, now, sentence + ", " + compared(now, before)));
	}

	private static String compared(int now, Integer before) {
		if (before == null) {
			return "no last period to compare with";
		}
		if (now == before) {
			return "the same as last period";
		}
		return ((now > before) ? "up from " : "down from ") + before;
	}

	static String plural(int count, String noun) {
		return Counted.of(count, noun);
	}

}
