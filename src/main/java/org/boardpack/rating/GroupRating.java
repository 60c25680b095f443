package org.boardpack.rating;

import java.util.List;

import org.boardpack.input.Counted;
import org.boardpack.input.Percent;
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
		RagCounts counts = RagCounts.ofActions(actions);
		int missing = (int) actions.stream().filter(ActionAssessment::updateMissing).count();
		int conflicts = (int) actions.stream().filter(ActionAssessment::conflict).count();
		int stillOpen = (int) actions.stream().filter(ActionAssessment::open).count();
		List<ActionAssessment> live = actions.stream().filter((a) -> a.status() != ActionStatus.CANCELLED).toList();
		double percentComplete = live.isEmpty() ? 0
				: live.stream().mapToInt(ActionAssessment::percentComplete).average().orElse(0);
		int rated = counts.rated();
		double onTrack = (rated == 0) ? 0 : 100.0 * (counts.blue() + counts.green()) / rated;
		return new GroupAssessment(counts, missing, conflicts, complete(percentComplete, stillOpen), round(onTrack),
				rate(counts, stillOpen));
	}

	/**
	 * A group is Blue only when nothing in it is still to deliver: an action in progress
	 * that the dates cannot rate keeps it from Blue, as it keeps it from 100% complete.
	 */
	private Rating rate(RagCounts counts, int stillOpen) {
		int open = counts.open();
		if (counts.rated() == 0) {
			return Rating.of(Rag.GREY, notRated(counts));
		}
		if (stillOpen == 0) {
			int delivered = counts.total() - counts.cancelled();
			String all = (delivered == 1) ? "the only action is complete"
					: "all " + Counted.of(delivered, "action") + " are complete";
			return (counts.cancelled() == 0) ? Rating.of(Rag.BLUE, all) : Rating.of(Rag.BLUE, "%s; %s %s cancelled",
					all, Counted.of(counts.cancelled(), "other"), Counted.was(counts.cancelled()));
		}
		if (open == 0) {
			return Rating.of(Rag.GREEN, "no action is red or amber; %s not rated yet", (stillOpen == 1)
					? "the only action still open is" : "the " + Counted.of(stillOpen, "action") + " still open are");
		}
		double redShare = 100.0 * counts.red() / open;
		double amberShare = 100.0 * counts.amber() / open;
		if (redShare >= this.settings.redSharePercent()) {
			return Rating.of(Rag.RED, "%s, at or above the %d%% red threshold",
					Counted.share(counts.red(), open, "open action", "red"), this.settings.redSharePercent());
		}
		if (counts.red() > 0) {
			return Rating.of(Rag.AMBER, "%s: below the %d%% red threshold, but any red action makes it amber",
					Counted.share(counts.red(), open, "open action", "red"), this.settings.redSharePercent());
		}
		if (amberShare >= this.settings.amberSharePercent()) {
			return Rating.of(Rag.AMBER, "no red actions, but %s, at or above the %d%% amber threshold",
					Counted.share(counts.amber(), open, "open action", "amber"), this.settings.amberSharePercent());
		}
		if (counts.amber() == 0) {
			return Rating.of(Rag.GREEN, "no red or amber actions: %s",
					Counted.share(open, open, "open action", "green"));
		}
		return Rating.of(Rag.GREEN, "no red actions, and %s, below the %d%% amber threshold",
				Counted.share(counts.amber(), open, "open action", "amber"), this.settings.amberSharePercent());
	}

	private static String notRated(RagCounts counts) {
		if (counts.total() == 0) {
			return "there are no actions to rate";
		}
		if (counts.grey() == 0) {
			return "no action to rate: " + ((counts.cancelled() == 1) ? "the only action was cancelled"
					: "all " + Counted.of(counts.cancelled(), "action") + " were cancelled");
		}
		return "no action can be rated yet (" + counts.grey() + " not rated"
				+ ((counts.cancelled() > 0) ? ", " + counts.cancelled() + " cancelled)" : ")");
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

	static String percent(double value) {
		return Percent.exact(value);
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * The mean % complete to one decimal place, never rounded up to 100 while an action
	 * is still open.
	 */
	static double complete(double mean, int stillOpen) {
		double rounded = round(mean);
		return (stillOpen > 0 && rounded >= 100 && mean < 100) ? 99.9 : rounded;
	}

}
