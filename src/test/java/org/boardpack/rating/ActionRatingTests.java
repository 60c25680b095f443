package org.boardpack.rating;

import java.time.LocalDate;
import java.time.YearMonth;

import org.boardpack.plan.Action;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.Rag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionRatingTests {

	private static final YearMonth OCT_2017 = YearMonth.of(2017, 10);

	private static final YearMonth AUG_2017 = YearMonth.of(2017, 8);

	private final ActionRating rating = new ActionRating(RatingSettings.DEFAULTS);

	@Test
	void completeActionIsBlueAndCountsAsFullyComplete() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 12, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.COMPLETE, 90, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.derived().sentence()).isEqualTo("Blue: complete");
		assertThat(a.assessed().sentence()).isEqualTo("Blue: complete");
		assertThat(a.percentComplete()).isEqualTo(100);
		assertThat(a.open()).isFalse();
	}

	@Test
	void completeActionPastItsDueDateIsStillBlue() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 9, 30));
		ActionUpdate update = update(OCT_2017, ActionStatus.COMPLETE, 100, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Blue: complete");
	}

	@Test
	void aCompleteActionTheLeadCallsGreenStaysBlue() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 12, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.COMPLETE, 100, Rag.GREEN);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Blue: complete");
		assertThat(a.conflict()).isFalse();
	}

	@Test
	void aReportedGreyIsTakenAsNoViewRatherThanAConflict() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 9, 30));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 50, Rag.GREY);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.reported()).isNull();
		assertThat(a.conflict()).isFalse();
		assertThat(a.assessed().sentence()).isEqualTo("Red: overdue by 31 days (due 30 Sep 2017, 50% complete)");
	}

	@Test
	void cancelledActionIsGrey() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 9, 30));
		ActionUpdate update = update(OCT_2017, ActionStatus.CANCELLED, 20, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Grey: cancelled");
		assertThat(a.open()).isFalse();
	}

	@Test
	void actionPastItsDueDateIsRedWithTheDaysOverdue() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 9, 30));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 50, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.derived().sentence()).isEqualTo("Red: overdue by 31 days (due 30 Sep 2017, 50% complete)");
		assertThat(a.assessed().sentence()).isEqualTo("Red: overdue by 31 days (due 30 Sep 2017, 50% complete)");
		assertThat(a.effectiveDueDate()).isEqualTo(LocalDate.of(2017, 9, 30));
	}

	@Test
	void overdueIsMeasuredFromTheRevisedDueDate() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 9, 30));
		ActionUpdate update = revised(OCT_2017, ActionStatus.IN_PROGRESS, 50, LocalDate.of(2017, 10, 15), true);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Red: overdue by 16 days (due 15 Oct 2017, 50% complete)");
		assertThat(a.effectiveDueDate()).isEqualTo(LocalDate.of(2017, 10, 15));
	}

	@Test
	void overdueTakesPrecedenceOverOnHold() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 9, 30));
		ActionUpdate update = update(OCT_2017, ActionStatus.ON_HOLD, 30, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Red: overdue by 31 days (due 30 Sep 2017, 30% complete)");
	}

	@Test
	void actionDueOnTheAsAtDateIsNotOverdue() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 10, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 80, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Green: on track: due 31 Oct 2017, 80% complete");
	}

	@Test
	void actionDueOnTheAsAtDateWithLittleProgressIsAmberNotRed() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 10, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 50, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().rag()).isEqualTo(Rag.AMBER);
	}

	@Test
	void actionDueOnTheAsAtDateSaysSoInWords() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 10, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 50, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence())
			.isEqualTo("Amber: due at the end of this period (31 Oct 2017) and only 50% complete");
	}

	@Test
	void oneDayOverdueIsSingular() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 10, 30));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 50, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Red: overdue by 1 day (due 30 Oct 2017, 50% complete)");
	}

	@Test
	void dueInOneDayIsSingular() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 11, 1));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 50, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Amber: due in 1 day (1 Nov 2017) and only 50% complete");
	}

	@Test
	void slippedByOneDayIsSingular() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 30));
		ActionUpdate update = revised(OCT_2017, ActionStatus.IN_PROGRESS, 40, LocalDate.of(2018, 3, 31), false);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence())
			.isEqualTo("Amber: slipped: due date moved from 30 Mar 2018 to 31 Mar 2018 (1 day later)");
	}

	@Test
	void notStartedAfterItsStartDateIsAmber() {
		// given
		Action action = action(LocalDate.of(2017, 9, 1), LocalDate.of(2018, 3, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.NOT_STARTED, 0, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Amber: not started, though due to start on 1 Sep 2017");
	}

	@Test
	void startedAfterItsStartDateIsNotAmberForIt() {
		// given
		Action action = action(LocalDate.of(2017, 9, 1), LocalDate.of(2018, 3, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 10, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Green: on track: due 31 Mar 2018, 10% complete");
	}

	@Test
	void notYetDueToStartIsGrey() {
		// given
		Action action = action(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.NOT_STARTED, 0, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Grey: not yet due to start (starts 1 Jan 2018)");
		assertThat(a.open()).as("still to be delivered, though not rated").isTrue();
	}

	@Test
	void notStartedOnItsStartDateIsNotYetLate() {
		// given
		Action action = action(LocalDate.of(2017, 10, 31), LocalDate.of(2018, 3, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.NOT_STARTED, 0, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Grey: not yet due to start (starts 31 Oct 2017)");
	}

	@Test
	void revisedDueDateLaterThanOriginalIsSlipped() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 12, 31));
		ActionUpdate update = revised(OCT_2017, ActionStatus.IN_PROGRESS, 40, LocalDate.of(2018, 3, 31), false);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence())
			.isEqualTo("Amber: slipped: due date moved from 31 Dec 2017 to 31 Mar 2018 (90 days later)");
	}

	@Test
	void rebaselinedDueDateIsNotSlipped() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 12, 31));
		ActionUpdate update = revised(OCT_2017, ActionStatus.IN_PROGRESS, 40, LocalDate.of(2018, 3, 31), true);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Green: on track: due 31 Mar 2018, 40% complete");
	}

	@Test
	void revisedDueDateEarlierThanOriginalIsNotSlipped() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31));
		ActionUpdate update = revised(OCT_2017, ActionStatus.IN_PROGRESS, 40, LocalDate.of(2018, 1, 31), false);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Green: on track: due 31 Jan 2018, 40% complete");
	}

	@Test
	void dueWithinThirtyDaysAndUnderSeventyFivePercentIsAmber() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 11, 30));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 74, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Amber: due in 30 days (30 Nov 2017) and only 74% complete");
	}

	@Test
	void dueWithinThirtyDaysAtSeventyFivePercentIsGreen() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 11, 30));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 75, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Green: on track: due 30 Nov 2017, 75% complete");
	}

	@Test
	void dueInThirtyOneDaysWithLittleProgressIsGreen() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 12, 1));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 20, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Green: on track: due 1 Dec 2017, 20% complete");
	}

	@Test
	void noDueDateIsGreyAndSaysWhy() {
		// given
		Action action = new Action("1.1.2", "1", "1.1", "Quarterly audit of case files", "HoS", "CSC", "Ongoing", null,
				null);
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 40, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence())
			.isEqualTo("Grey: not rated from dates: the timescale \"Ongoing\" gives no due date (40% complete)");
		assertThat(a.effectiveDueDate()).isNull();
	}

	@Test
	void onHoldIsAmber() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.ON_HOLD, 30, null);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Amber: on hold at 30% complete");
		assertThat(a.status()).isEqualTo(ActionStatus.ON_HOLD);
	}

	@Test
	void earlierUpdateCarriesForwardWhenNoneWasSentThisPeriod() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31));
		ActionUpdate august = update(AUG_2017, ActionStatus.IN_PROGRESS, 60, Rag.RED);

		// when
		ActionAssessment a = this.rating.assess(action, august, OCT_2017);

		// then
		assertThat(a.derived().sentence()).isEqualTo("Green: on track: due 31 Mar 2018, 60% complete");
		assertThat(a.assessed().sentence())
			.isEqualTo("Green: on track: due 31 Mar 2018, 60% complete; no update this period (last update Aug 2017)");
		assertThat(a.reported()).isNull();
		assertThat(a.updateMissing()).isTrue();
		assertThat(a.lastUpdate()).isEqualTo(AUG_2017);
		assertThat(a.percentComplete()).isEqualTo(60);
	}

	@Test
	void revisedDueDateCarriesForwardFromAnEarlierUpdate() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 9, 30));
		ActionUpdate august = revised(AUG_2017, ActionStatus.IN_PROGRESS, 50, LocalDate.of(2017, 10, 15), true);

		// when
		ActionAssessment a = this.rating.assess(action, august, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo(
				"Red: overdue by 16 days (due 15 Oct 2017, 50% complete); no update this period (last update Aug 2017)");
	}

	@Test
	void actionWithNoUpdateEverIsRatedFromDatesAndSaysSo() {
		// given
		Action action = action(LocalDate.of(2017, 9, 1), LocalDate.of(2018, 3, 31));

		// when
		ActionAssessment a = this.rating.assess(action, null, OCT_2017);

		// then
		assertThat(a.assessed().sentence())
			.isEqualTo("Amber: not started, though due to start on 1 Sep 2017; no update received yet");
		assertThat(a.updateMissing()).isTrue();
		assertThat(a.lastUpdate()).isNull();
		assertThat(a.status()).isEqualTo(ActionStatus.NOT_STARTED);
		assertThat(a.percentComplete()).isZero();
	}

	@Test
	void updateThisPeriodIsNotMissing() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 60, Rag.GREEN);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Green: on track: due 31 Mar 2018, 60% complete");
		assertThat(a.updateMissing()).isFalse();
		assertThat(a.conflict()).isFalse();
		assertThat(a.reported()).isEqualTo(Rag.GREEN);
	}

	@Test
	void reportedBetterThanDerivedIsAConflictAndKeepsTheDerivedRag() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 9, 30));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 50, Rag.GREEN);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.conflict()).isTrue();
		assertThat(a.reported()).isEqualTo(Rag.GREEN);
		assertThat(a.derived().sentence()).isEqualTo("Red: overdue by 31 days (due 30 Sep 2017, 50% complete)");
		assertThat(a.assessed().sentence()).isEqualTo("Red: overdue by 31 days (due 30 Sep 2017, 50% complete); "
				+ "the lead reported Green, which is better than the dates and progress support");
	}

	@Test
	void reportedBetterThanDerivedIsAConflictUnderDerivedAssessmentToo() {
		// given
		ActionRating derivedOnly = new ActionRating(
				new RatingSettings(null, null, null, null, null, null, RatingSettings.Assessment.DERIVED));
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.ON_HOLD, 30, Rag.GREEN);

		// when
		ActionAssessment a = derivedOnly.assess(action, update, OCT_2017);

		// then
		assertThat(a.conflict()).isTrue();
		assertThat(a.assessed().sentence()).isEqualTo("Amber: on hold at 30% complete; "
				+ "the lead reported Green, which is better than the dates and progress support");
	}

	@Test
	void reportedWorseThanDerivedIsTakenUnderWorseOf() {
		// given
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 60, Rag.AMBER);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.conflict()).isFalse();
		assertThat(a.derived().sentence()).isEqualTo("Green: on track: due 31 Mar 2018, 60% complete");
		assertThat(a.assessed().sentence()).isEqualTo(
				"Amber: reported Amber by the lead (from dates and progress: Green, on track: due 31 Mar 2018, 60% complete)");
	}

	@Test
	void reportedWorseThanDerivedIsShownButNotTakenUnderDerivedAssessment() {
		// given
		ActionRating derivedOnly = new ActionRating(
				new RatingSettings(null, null, null, null, null, null, RatingSettings.Assessment.DERIVED));
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 60, Rag.RED);

		// when
		ActionAssessment a = derivedOnly.assess(action, update, OCT_2017);

		// then
		assertThat(a.conflict()).isFalse();
		assertThat(a.reported()).isEqualTo(Rag.RED);
		assertThat(a.assessed().sentence()).isEqualTo("Green: on track: due 31 Mar 2018, 60% complete");
	}

	@Test
	void reportedRagIsNotAConflictWhenNothingCanBeDerived() {
		// given
		Action action = new Action("1.1.2", "1", "1.1", "Quarterly audit of case files", "HoS", "CSC", "Annually", null,
				null);
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 40, Rag.BLUE);

		// when
		ActionAssessment a = this.rating.assess(action, update, OCT_2017);

		// then
		assertThat(a.conflict()).isFalse();
		assertThat(a.derived().rag()).isEqualTo(Rag.GREY);
	}

	@Test
	void dueSoonDaysCanBeOverridden() {
		// given
		ActionRating tenDays = new ActionRating(new RatingSettings(10, null, null, null, null, null, null));
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 11, 30));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 50, null);

		// when
		ActionAssessment a = tenDays.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Green: on track: due 30 Nov 2017, 50% complete");
	}

	@Test
	void overriddenDueSoonDaysStillCatchesActionsWithinThem() {
		// given
		ActionRating tenDays = new ActionRating(new RatingSettings(10, null, null, null, null, null, null));
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 11, 10));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 50, null);

		// when
		ActionAssessment a = tenDays.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Amber: due in 10 days (10 Nov 2017) and only 50% complete");
	}

	@Test
	void dueSoonPercentCanBeOverridden() {
		// given
		ActionRating ninety = new ActionRating(new RatingSettings(null, 90, null, null, null, null, null));
		Action action = action(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 11, 20));
		ActionUpdate update = update(OCT_2017, ActionStatus.IN_PROGRESS, 80, null);

		// when
		ActionAssessment a = ninety.assess(action, update, OCT_2017);

		// then
		assertThat(a.assessed().sentence()).isEqualTo("Amber: due in 20 days (20 Nov 2017) and only 80% complete");
	}

	private static Action action(LocalDate start, LocalDate due) {
		return new Action("1.1.1", "1", "1.1", "Audit a sample of case files each month", "HoS", "CSC, Health",
				"Apr 17 – Mar 18", start, due);
	}

	private static ActionUpdate update(YearMonth period, ActionStatus status, int percent, Rag reported) {
		return new ActionUpdate(period, "1.1.1", status, percent, reported, "Audits under way", null, false, "HoS",
				period.atDay(25));
	}

	private static ActionUpdate revised(YearMonth period, ActionStatus status, int percent, LocalDate revisedDue,
			boolean rebaselined) {
		return new ActionUpdate(period, "1.1.1", status, percent, null, "Audits under way", revisedDue, rebaselined,
				"HoS", period.atDay(25));
	}

}
