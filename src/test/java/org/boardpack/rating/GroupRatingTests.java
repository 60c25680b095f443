package org.boardpack.rating;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.Percent;
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
			.isEqualTo("Red: 2 of the 10 open actions (20%) are red, at or above the 20% red threshold");
	}

	@Test
	void redShareAboveTwentyPercentIsRed() {
		// given
		List<ActionAssessment> actions = actions(3, Rag.RED, 2, Rag.AMBER, 5, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Red: 3 of the 10 open actions (30%) are red, at or above the 20% red threshold");
	}

	@Test
	void singleRedActionAtTheThresholdIsSingular() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.RED, 4, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Red: 1 of the 5 open actions (20%) is red, at or above the 20% red threshold");
	}

	@Test
	void anyRedBelowTheThresholdIsAmber() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.RED, 5, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo("Amber: 1 of the 6 open actions (16.7%) is red: "
				+ "below the 20% red threshold, but any red action makes it amber");
	}

	@Test
	void severalRedsBelowTheThresholdAreAmber() {
		// given
		List<ActionAssessment> actions = actions(2, Rag.RED, 9, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo("Amber: 2 of the 11 open actions (18.2%) are red: "
				+ "below the 20% red threshold, but any red action makes it amber");
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
			.isEqualTo("Red: 2 of the 10 open actions (20%) are red, at or above the 20% red threshold");
	}

	@Test
	void amberShareAtTwentyFivePercentIsAmber() {
		// given
		List<ActionAssessment> actions = actions(2, Rag.AMBER, 6, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo(
				"Amber: no red actions, but 2 of the 8 open actions (25%) are amber, at or above the 25% amber threshold");
	}

	@Test
	void singleAmberActionAtTheThresholdIsSingular() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.AMBER, 3, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo(
				"Amber: no red actions, but 1 of the 4 open actions (25%) is amber, at or above the 25% amber threshold");
	}

	@Test
	void amberShareBelowTwentyFivePercentIsGreen() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.AMBER, 4, Rag.GREEN);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo(
				"Green: no red actions, and 1 of the 5 open actions (20%) is amber, below the 25% amber threshold");
	}

	@Test
	void allGreenIsGreen() {
		// given
		List<ActionAssessment> actions = actions(4, Rag.GREEN, 2, Rag.BLUE);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo("Green: no red or amber actions: all 4 open actions are green");
	}

	@Test
	void allRatedActionsCompleteIsBlue() {
		// given
		List<ActionAssessment> actions = new ArrayList<>(actions(3, Rag.BLUE));
		actions.add(cancelled());

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo("Blue: all 3 actions are complete; 1 other was cancelled");
	}

	@Test
	void aSingleCompleteActionIsNotCalledAll() {
		// given
		List<ActionAssessment> actions = actions(1, Rag.BLUE);

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence()).isEqualTo("Blue: the only action is complete");
	}

	@Test
	void anActionStillOpenKeepsAGroupFromBlueThoughTheDatesCannotRateIt() {
		// given three actions in progress with no due date to rate from, beside complete
		// ones
		List<ActionAssessment> actions = new ArrayList<>(actions(36, Rag.BLUE));
		for (int i = 0; i < 3; i++) {
			actions.add(assessment(Rag.GREY, ActionStatus.IN_PROGRESS, 90));
		}

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Green: no action is red or amber; the 3 actions still open are not rated yet");
		assertThat(group.percentComplete()).isEqualTo(99.2);
	}

	@Test
	void oneActionStillOpenIsSaidInTheSingular() {
		// given
		List<ActionAssessment> actions = new ArrayList<>(actions(4, Rag.BLUE));
		actions.add(assessment(Rag.GREY, ActionStatus.NOT_STARTED, 0));

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.rating().sentence())
			.isEqualTo("Green: no action is red or amber; the only action still open is not rated yet");
	}

	@Test
	void theOnlyOpenActionIsNamedSoNotCountedAsOneOfOne() {
		// given
		List<ActionAssessment> red = actions(1, Rag.RED, 20, Rag.BLUE);
		List<ActionAssessment> green = actions(1, Rag.GREEN, 20, Rag.BLUE);

		// when
		GroupAssessment redGroup = this.rating.assess(red);
		GroupAssessment greenGroup = this.rating.assess(green);

		// then
		assertThat(redGroup.rating().sentence())
			.isEqualTo("Red: the only open action is red, at or above the 20% red threshold");
		assertThat(greenGroup.rating().sentence())
			.isEqualTo("Green: no red or amber actions: the only open action is green");
	}

	@Test
	void cancelledActionsAreCountedApartFromGreyAndLeftOutOfTheShares() {
		// given
		List<ActionAssessment> actions = new ArrayList<>(actions(1, Rag.RED, 4, Rag.GREEN, 2, Rag.GREY));
		for (int i = 0; i < 11; i++) {
			actions.add(cancelled());
		}

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.counts()).isEqualTo(new RagCounts(0, 4, 0, 1, 2, 11));
		assertThat(group.counts().total()).isEqualTo(18);
		assertThat(group.rating().sentence())
			.isEqualTo("Red: 1 of the 5 open actions (20%) is red, at or above the 20% red threshold");
	}

	@Test
	void onlyCancelledActionsAreGreyAndSaySo() {
		// given
		List<ActionAssessment> one = List.of(cancelled());
		List<ActionAssessment> two = List.of(cancelled(), cancelled());

		// when
		GroupAssessment oneGroup = this.rating.assess(one);
		GroupAssessment twoGroup = this.rating.assess(two);

		// then
		assertThat(oneGroup.rating().sentence()).isEqualTo("Grey: no action to rate: the only action was cancelled");
		assertThat(twoGroup.rating().sentence()).isEqualTo("Grey: no action to rate: all 2 actions were cancelled");
	}

	@Test
	void percentCompleteNeverRoundsUpToOneHundredWhileAnActionIsOpen() {
		// given 299 complete actions and one at 90%: a mean of 99.97%
		List<ActionAssessment> actions = new ArrayList<>(actions(299, Rag.BLUE));
		actions.add(assessment(Rag.GREEN, ActionStatus.IN_PROGRESS, 90));

		// when
		GroupAssessment group = this.rating.assess(actions);

		// then
		assertThat(group.percentComplete()).isEqualTo(99.9);
		assertThat(Percent.shown(group.percentComplete())).isEqualTo("99.9%");
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
		assertThat(group.rating().sentence()).isEqualTo("Grey: there are no actions to rate");
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
		assertThat(amber.rating().sentence()).isEqualTo(
				"Amber: no red actions, but 1 of the 10 open actions (10%) is amber, at or above the 10% amber threshold");
		assertThat(red.rating().sentence()).isEqualTo(
				"Amber: 3 of the 10 open actions (30%) are red: below the 50% red threshold, but any red action makes it amber");
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
