package org.boardpack.rating;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.Rag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupRatingTests {

	private static final YearMonth OCT_2017 = YearMonth.of(2017, 10);

	private final GroupRating rating = new GroupRating(RatingSettings.DEFAULTS);

	@Test
	void redShareAtTwentyPercentIsRed() {
		// given
		List<ActionAssessment> actions = actions(2, Rag.RED, 8, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Red: 2 of 10 open actions (20%) are red, at or above the 20% red threshold");
	}

	@Test
	void redShareAboveTwentyPercentIsRed() {
		// given
		List<ActionAssessment> actions = actions(3, Rag.RED, 2, Rag.AMBER, 5, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Red: 3 of 10 open actions (30%) are red, at or above the 20% red threshold");
	}

	@Test
	void singleRedActionAtTheThresholdIsSingular() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.RED, 4, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Red: 1 of 5 open actions (20%) is red, at or above the 20% red threshold");
	}

	@Test
	void anyRedBelowTheThresholdIsAmber() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.RED, 5, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo(
				"Amber: 1 of 6 open actions (16.7%) is red, " + "which makes it amber; below the 20% red threshold");
	}

	@Test
	void severalRedsBelowTheThresholdAreAmber() {
		// given
		List<ActionAssessment> actions = actions(2, Rag.RED, 9, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo(
				"Amber: 2 of 11 open actions (18.2%) are red, " + "which makes it amber; below the 20% red threshold");
	}

	@Test
	void redShareJustBelowTheThresholdIsNotRoundedUpToIt() {
		// given
		List<ActionAssessment> actions = actions(10, Rag.RED, 41, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().rag()).isEqualTo(Rag.AMBER);
		assertThat(group.rating().sentence()).doesNotContain("(20%)");
	}

	@Test
	void completeActionsAreNotOpenSoDoNotDiluteTheRedShare() {
		// given
		List<ActionAssessment> actions = actions(2, Rag.RED, 8, Rag.GREEN, 10, Rag.BLUE);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Red: 2 of 10 open actions (20%) are red, at or above the 20% red threshold");
	}

	@Test
	void amberShareAtTwentyFivePercentIsAmber() {
		// given
		List<ActionAssessment> actions = actions(2, Rag.AMBER, 6, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Amber: no red actions, but 2 of 8 open actions (25%) are amber, at or above 25%");
	}

	@Test
	void singleAmberActionAtTheThresholdIsSingular() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.AMBER, 3, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Amber: no red actions, but 1 of 4 open actions (25%) is amber, at or above 25%");
	}

	@Test
	void amberShareBelowTwentyFivePercentIsGreen() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.AMBER, 4, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Green: no red actions and 1 of 5 open actions (20%) amber, below 25%");
	}

	@Test
	void allGreenIsGreen() {
		// given
		List<ActionAssessment> actions = actions(4, Rag.GREEN, 2, Rag.BLUE);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Green: no red actions and 0 of 4 open actions (0%) amber, below 25%");
	}

	@Test
	void allRatedActionsCompleteIsBlue() {
		// given
		List<ActionAssessment> actions = new ArrayList<>(actions(3, Rag.BLUE));
		actions.add(cancelled());

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo("Blue: all 3 rated actions are complete");
	}

	@Test
	void aSingleCompleteActionIsNotCalledAll() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.BLUE, 2, Rag.GREY);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo("Blue: the only rated action is complete");
	}

	@Test
	void nothingRatedIsGrey() {
		// given
		List<ActionAssessment> actions = actions(2, Rag.GREY);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo("Grey: no action can be rated yet (2 not rated)");
		assertThat(group.percentOnTrack()).isZero();
	}

	@Test
	void noActionsAtAllIsGrey() {
		// given
		List<ActionAssessment> actions = List.of();

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo("Grey: no action can be rated yet (0 not rated)");
		assertThat(group.percentComplete()).isZero();
	}

	@Test
	void greyActionsAreLeftOutOfTheShares() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.RED, 4, Rag.GREEN, 5, Rag.GREY);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().rag()).isEqualTo(Rag.RED);
		assertThat(group.percentOnTrack()).isEqualTo(80.0);
	}

	@Test
	void countsAreByAssessedRag() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.BLUE, 2, Rag.GREEN, 3, Rag.AMBER, 4, Rag.RED, 5, Rag.GREY);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.counts()).isEqualTo(new RagCounts(1, 2, 3, 4, 5));
		assertThat(group.counts().total()).isEqualTo(15);
		assertThat(group.counts().open()).isEqualTo(9);
	}

	@Test
	void percentCompleteIsTheMeanOverActionsNotCancelled() {
		// given
		List<ActionAssessment> actions = List.of(assessment(Rag.BLUE, ActionStatus.COMPLETE, 100),
				assessment(Rag.GREEN, ActionStatus.IN_PROGRESS, 50),
				assessment(Rag.AMBER, ActionStatus.IN_PROGRESS, 30), cancelled());

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.percentComplete()).isEqualTo(60.0);
	}

	@Test
	void percentCompleteAndOnTrackAreRoundedToOneDecimal() {
		// given
		List<ActionAssessment> actions = List.of(assessment(Rag.BLUE, ActionStatus.COMPLETE, 100),
				assessment(Rag.GREEN, ActionStatus.IN_PROGRESS, 50),
				assessment(Rag.AMBER, ActionStatus.IN_PROGRESS, 20));

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.percentComplete()).isEqualTo(56.7);
		assertThat(group.percentOnTrack()).isEqualTo(66.7);
	}

	@Test
	void missingUpdatesAndConflictsAreCounted() {
		// given
		Rating red = Rating.of(Rag.RED, "overdue");
		List<ActionAssessment> actions = List.of(
				new ActionAssessment(red, Rag.GREEN, red, true, false, OCT_2017, ActionStatus.IN_PROGRESS, 50, null),
				new ActionAssessment(red, null, red, false, true, null, ActionStatus.NOT_STARTED, 0, null),
				new ActionAssessment(red, null, red, false, true, OCT_2017.minusMonths(2), ActionStatus.IN_PROGRESS, 10,
						null));

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.conflicts()).isEqualTo(1);
		assertThat(group.updatesMissing()).isEqualTo(2);
	}

	@Test
	void thresholdsCanBeOverridden() {
		// given
		GroupRating strict = new GroupRating(new RatingSettings(null, null, 50, 10, null, null, null));
		List<ActionAssessment> actions = actions(1, Rag.AMBER, 9, Rag.GREEN);
		List<ActionAssessment> reds = actions(3, Rag.RED, 7, Rag.GREEN);

		// when
		GroupAssessment amber = strict.assess(actions);
		GroupAssessment red = strict.assess(reds);

		// then
		assertThat(amber.rating().sentence())
			.isEqualTo("Amber: no red actions, but 1 of 10 open actions (10%) is amber, at or above 10%");
		assertThat(red.rating().sentence())
			.isEqualTo("Amber: 3 of 10 open actions (30%) are red, which makes it amber; below the 50% red threshold");
	}

	@Test
	void noDirectionOfTravelWithoutAPreviousPeriod() {
		// given
		GroupAssessment now = group(Rag.GREEN, 80);

		// when
		Trend trend = GroupRating.travel(now, null);

		// then
		assertThat(trend.direction()).isEqualTo(Direction.NOT_AVAILABLE);
		assertThat(trend.reason()).isEqualTo("no previous period to compare with");
	}

	@Test
	void betterRagSinceLastPeriodIsImproving() {
		// given
		GroupAssessment previous = group(Rag.AMBER, 60);
		GroupAssessment now = group(Rag.GREEN, 80);

		// when
		Trend trend = GroupRating.travel(now, previous);

		// then
		assertThat(trend.direction()).isEqualTo(Direction.IMPROVING);
		assertThat(trend.reason()).isEqualTo("Amber last period, Green now; 80% on track, was 60%");
	}

	@Test
	void worseRagSinceLastPeriodIsWorsening() {
		// given
		GroupAssessment previous = group(Rag.GREEN, 85.4);
		GroupAssessment now = group(Rag.RED, 55.5);

		// when
		Trend trend = GroupRating.travel(now, previous);

		// then
		assertThat(trend.direction()).isEqualTo(Direction.WORSENING);
		assertThat(trend.reason()).isEqualTo("Green last period, Red now; 55.5% on track, was 85.4%");
	}

	@Test
	void allCompleteSinceLastPeriodIsImproving() {
		// given
		GroupAssessment previous = group(Rag.GREEN, 90);
		GroupAssessment now = group(Rag.BLUE, 100);

		// when
		Trend trend = GroupRating.travel(now, previous);

		// then
		assertThat(trend.direction()).isEqualTo(Direction.IMPROVING);
		assertThat(trend.reason()).isEqualTo("Green last period, Blue now; 100% on track, was 90%");
	}

	@Test
	void sameRagBothPeriodsIsNoChange() {
		// given
		GroupAssessment previous = group(Rag.GREEN, 75);
		GroupAssessment now = group(Rag.GREEN, 80);

		// when
		Trend trend = GroupRating.travel(now, previous);

		// then
		assertThat(trend.direction()).isEqualTo(Direction.NO_CHANGE);
		assertThat(trend.reason()).isEqualTo("Green both periods; 80% on track, was 75%");
	}

	@Test
	void fromGreyToRatedDoesNotClaimTheSameRagBothPeriods() {
		// given
		GroupAssessment previous = group(Rag.GREY, 0);
		GroupAssessment now = group(Rag.GREEN, 80);

		// when
		Trend trend = GroupRating.travel(now, previous);

		// then
		assertThat(trend.direction()).isNotIn(Direction.IMPROVING, Direction.WORSENING);
		assertThat(trend.reason()).isEqualTo("Grey last period, Green now; 80% on track, was 0%");
	}

	private static GroupAssessment group(Rag rag, double percentOnTrack) {
		return new GroupAssessment(new RagCounts(0, 0, 0, 0, 0), 0, 0, 50, percentOnTrack, Rating.of(rag, "as rated"));
	}

	/** Pairs of a count and a colour: {@code actions(2, Rag.RED, 8, Rag.GREEN)}. */
	private static List<ActionAssessment> actions(Object... countsAndRags) {
		List<ActionAssessment> actions = new ArrayList<>();
		for (int i = 0; i < countsAndRags.length; i += 2) {
			int count = (int) countsAndRags[i];
			Rag rag = (Rag) countsAndRags[i + 1];
			for (int n = 0; n < count; n++) {
				actions.add(assessment(rag, status(rag), (rag == Rag.BLUE) ? 100 : 50));
			}
		}
		return actions;
	}

	private static ActionStatus status(Rag rag) {
		return switch (rag) {
			case BLUE -> ActionStatus.COMPLETE;
			case GREY -> ActionStatus.NOT_STARTED;
			default -> ActionStatus.IN_PROGRESS;
		};
	}

	private static ActionAssessment cancelled() {
		return assessment(Rag.GREY, ActionStatus.CANCELLED, 0);
	}

	private static ActionAssessment assessment(Rag rag, ActionStatus status, int percent) {
		Rating rating = Rating.of(rag, "as rated");
		return new ActionAssessment(rating, null, rating, false, false, OCT_2017, status, percent, null);
	}

}
