package org.boardpack.rating;

import java.util.List;

import org.boardpack.indicator.Figures;
import org.boardpack.input.Text;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.Rag;

/**
 * Rolls action assessments up to a priority or the programme: counts by RAG, progress,
 * and an overall RAG by the share of open actions that are red or amber.
 */
public final class GroupRating {

	private final RatingSettings settings;

	public GroupRating(RatingSettings settings) {
		this.settings = settings.withDefaults();
	}

	public GroupAssessment assess(List<ActionAssessment> actions) {
		RagCounts counts = RagCounts.of(actions.stream().map((a) -> a.assessed().rag()).toList());
		int missing = (int) actions.stream().filter(ActionAssessment::updateMissing).count();
		int conflicts = (int) actions.stream().filter(ActionAssessment::conflict).count();
		List<ActionAssessment> live = actions.stream().filter((a) -> a.status() != ActionStatus.CANCELLED).toList();
		double percentComplete = live.isEmpty() ? 0
				: live.stream().mapToInt(ActionAssessment::percentComplete).average().orElse(0);
		int rated = counts.total() - counts.grey();
		double onTrack = (rated == 0) ? 0 : 100.0 * (counts.blue() + counts.green()) / rated;
		return new GroupAssessment(counts, missing, conflicts, round(percentComplete), round(onTrack), rate(counts));
	}

	private Rating rate(RagCounts counts) {
		int open = counts.open();
		if (counts.total() - counts.grey() == 0) {
			return Rating.of(Rag.GREY, "no action can be rated yet (%d not rated)", counts.grey());
		}
		if (open == 0) {
			return (counts.blue() == 1) ? Rating.of(Rag.BLUE, "the only rated action is complete")
					: Rating.of(Rag.BLUE, "all %d rated actions are complete", counts.blue());
		}
		double redShare = 100.0 * counts.red() / open;
		double amberShare = 100.0 * counts.amber() / open;
		if (redShare >= this.settings.redSharePercent()) {
			return Rating.of(Rag.RED, "%d of %d open actions (%s) %s red, at or above the %d%% red threshold",
					counts.red(), open, percent(redShare), verb(counts.red()), this.settings.redSharePercent());
		}
		if (counts.red() > 0) {
			return Rating.of(Rag.AMBER,
					"%d of %d open actions (%s) %s red, which makes it amber; below the %d%% red threshold",
					counts.red(), open, percent(redShare), verb(counts.red()), this.settings.redSharePercent());
		}
		if (amberShare >= this.settings.amberSharePercent()) {
			return Rating.of(Rag.AMBER, "no red actions, but %d of %d open actions (%s) %s amber, at or above %d%%",
					counts.amber(), open, percent(amberShare), verb(counts.amber()), this.settings.amberSharePercent());
		}
		return Rating.of(Rag.GREEN, "no red actions and %d of %d open actions (%s) amber, below %d%%", counts.amber(),
				open, percent(amberShare), this.settings.amberSharePercent());
	}

	/**
	 * Direction of travel of a group since the previous period's roll-up (null when there
	 * is none).
	 */
	public static Trend travel(GroupAssessment now, GroupAssessment previous) {
		if (previous == null) {
			return Trend.notAvailable("no previous period to compare with");
		}
		Rag was = previous.rating().rag();
		Rag is = now.rating().rag();
		String onTrack = Text.format("%s on track, was %s", percent(now.percentOnTrack()),
				percent(previous.percentOnTrack()));
		if (was != is && (was == Rag.GREY || is == Rag.GREY)) {
			return Trend.notAvailable(Text.format("%s last period, %s now; %s", was.word(), is.word(), onTrack));
		}
		if (was != is) {
			boolean better = was.isWorseThan(is);
			return new Trend(better ? Direction.IMPROVING : Direction.WORSENING,
					Text.format("%s last period, %s now; %s", was.word(), is.word(), onTrack));
		}
		return new Trend(Direction.NO_CHANGE, Text.format("%s both periods; %s", is.word(), onTrack));
	}

	/**
	 * A share as a whole number where it is one, else to one decimal place, so 19.6%
	 * never reads as 20%.
	 */
	static String percent(double value) {
		return Figures.plain(value) + "%";
	}

	private static String verb(int count) {
		return (count == 1) ? "is" : "are";
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
