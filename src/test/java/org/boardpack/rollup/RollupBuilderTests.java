package org.boardpack.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.boardpack.indicator.Accumulation;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.indicator.Polarity;
import org.boardpack.indicator.Target;
import org.boardpack.indicator.Unit;
import org.boardpack.plan.Action;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.Priority;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.rating.Direction;
import org.boardpack.plan.Rag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RollupBuilderTests {

	private static final YearMonth JAN = YearMonth.of(2017, 1);

	private static final YearMonth FEB = YearMonth.of(2017, 2);

	private static final YearMonth MAR = YearMonth.of(2017, 3);

	private static final YearMonth APR = YearMonth.of(2017, 4);

	private static final YearMonth MAY = YearMonth.of(2017, 5);

	private static final ProgrammeSettings SETTINGS = new ProgrammeSettings("test", "Test plan", "A Council", "Board",
			YearMonth.of(2016, 10), YearMonth.of(2017, 9), null, null, Map.of("DCS", "Director of Children's Services"),
			null);

	private static final List<Action> ACTIONS = List.of(
			new Action("1.1", "1", null, "Appoint a director", "DCS", "", "Feb 17", LocalDate.of(2017, 2, 1),
					LocalDate.of(2017, 2, 28)),
			new Action("1.2", "1", null, "Write a strategy", "DCS", "", "By Jun 17", null, LocalDate.of(2017, 6, 30)));

	private static final Indicator CASELOAD = new Indicator("2i", List.of("1"), "Caseload", Unit.COUNT,
			Polarity.LOWER_BETTER, Accumulation.SNAPSHOT, "MI", true, null, List.of());

	@Test
	void theFirstReportedPeriodHasNoDirectionOfTravel() {
		// given
		ProgrammeInput data = data(Map.of(JAN, List.of(update(JAN, "1.1", ActionStatus.IN_PROGRESS, 50))), List.of());

		// when
		Rollup rollup = new RollupBuilder(data).build(JAN);

		// then
		assertThat(rollup.programme().direction()).isEqualTo(Direction.NOT_AVAILABLE);
		assertThat(rollup.programme().directionReason()).isEqualTo("no previous period to compare with");
		assertThat(rollup.priorities().get(0).actions().get(0).previousRag()).isNull();
	}

	@Test
	void anOverdueActionTurnsTheProgrammeRedAndItsDirectionWorsening() {
		// given
		ProgrammeInput data = data(Map.of(JAN,
				List.of(update(JAN, "1.1", ActionStatus.IN_PROGRESS, 50),
						update(JAN, "1.2", ActionStatus.IN_PROGRESS, 10)),
				MAR, List.of(update(MAR, "1.2", ActionStatus.IN_PROGRESS, 60)), FEB,
				List.of(update(FEB, "1.1", ActionStatus.IN_PROGRESS, 60),
						update(FEB, "1.2", ActionStatus.IN_PROGRESS, 30))),
				List.of());

		// when
		Rollup rollup = new RollupBuilder(data).build(MAR);

		// then
		ActionRollup overdue = rollup.priorities().get(0).actions().get(0);
		assertThat(overdue.assessedRag()).isEqualTo(Rag.RED);
		assertThat(overdue.assessedReason()).isEqualTo(
				"overdue by 31 days (due 28 Feb 2017, 60% complete); no update this period (last update Feb 2017)");
		assertThat(overdue.previousRag()).isEqualTo(Rag.AMBER);
		assertThat(overdue.leadTitle()).isEqualTo("Director of Children's Services");
		assertThat(rollup.programme().rag()).isEqualTo(Rag.RED);
		assertThat(rollup.programme().direction()).isEqualTo(Direction.WORSENING);
		assertThat(rollup.programme().updatesMissing()).isEqualTo(1);
		assertThat(rollup.programme().percentTimeElapsed()).isEqualTo(49.7);
	}

	@Test
	void anActionCarriesHowLongItHasBeenRedOrSilentAndHowOftenItsDueDateMoved() {
		// given 1.1 overdue from March, silent in April and May; 1.2 moved from June to
		// August, then September
		ProgrammeInput data = data(Map.of(FEB,
				List.of(update(FEB, "1.1", ActionStatus.IN_PROGRESS, 60),
						update(FEB, "1.2", ActionStatus.IN_PROGRESS, 30)),
				MAR,
				List.of(update(MAR, "1.1", ActionStatus.IN_PROGRESS, 70),
						revised(MAR, "1.2", LocalDate.of(2017, 8, 31))),
				APR, List.of(revised(APR, "1.2", LocalDate.of(2017, 8, 31))), MAY,
				List.of(revised(MAY, "1.2", LocalDate.of(2017, 9, 30)))), List.of());

		// when
		Rollup rollup = new RollupBuilder(data).build(MAY);

		// then
		ActionRollup overdue = rollup.priorities().get(0).actions().get(0);
		assertThat(overdue.periodsRed()).isEqualTo(3);
		assertThat(overdue.periodsMissing()).isEqualTo(2);
		assertThat(overdue.daysOverdue()).isEqualTo(92);
		ActionRollup slipped = rollup.priorities().get(0).actions().get(1);
		assertThat(slipped.dueDateRevisions()).isEqualTo(2);
		assertThat(slipped.previousDueDate()).isEqualTo(LocalDate.of(2017, 8, 31));
		assertThat(slipped.currentDueDate()).isEqualTo(LocalDate.of(2017, 9, 30));
		assertThat(slipped.daysOverdue()).isZero();
		assertThat(slipped.periodsMissing()).isZero();
	}

	@Test
	void anActionCompletedInTheFirstMonthIsCompletedThisPeriodThoughThereIsNoLastPeriod() {
		// given 1.1 complete in the first month's returns, and again in the next month's
		ProgrammeInput data = data(Map.of(JAN,
				List.of(update(JAN, "1.1", ActionStatus.COMPLETE, 100),
						update(JAN, "1.2", ActionStatus.IN_PROGRESS, 10)),
				FEB, List.of(update(FEB, "1.1", ActionStatus.COMPLETE, 100),
						update(FEB, "1.2", ActionStatus.COMPLETE, 100))),
				List.of());

		// when
		Rollup january = new RollupBuilder(data).build(JAN);
		Rollup february = new RollupBuilder(data).build(FEB);

		// then
		assertThat(january.priorities().get(0).actions()).extracting(ActionRollup::completedThisPeriod)
			.containsExactly(true, false);
		assertThat(january.priorities().get(0).actions().get(0).previousRag()).isNull();
		assertThat(february.priorities().get(0).actions()).extracting(ActionRollup::completedThisPeriod)
			.containsExactly(false, true);
	}

	@Test
	void theProgrammeKeepsLastPeriodsTotalsToCompareWith() {
		// given 1.1 due in February and amber then, overdue and silent in March; the
		// caseload red in February
		ProgrammeInput data = data(
				Map.of(JAN, List.of(update(JAN, "1.1", ActionStatus.IN_PROGRESS, 50)), FEB,
						List.of(update(FEB, "1.1", ActionStatus.IN_PROGRESS, 60),
								update(FEB, "1.2", ActionStatus.IN_PROGRESS, 30)),
						MAR, List.of(update(MAR, "1.2", ActionStatus.IN_PROGRESS, 40))),
				List.of(value(JAN, 19), value(FEB, 24)));

		// when
		Rollup march = new RollupBuilder(data).build(MAR);

		// then
		ProgrammeRollup.Totals february = march.programme().previous();
		assertThat(february.counts().amber()).isEqualTo(1);
		assertThat(february.counts().red()).isZero();
		assertThat(february.updatesMissing()).isZero();
		assertThat(february.indicatorCounts().red()).isEqualTo(1);
		assertThat(march.programme().counts().red()).isEqualTo(1);
		assertThat(march.indicators().get(0).previousRag()).isEqualTo(Rag.RED);
		assertThat(march.indicators().get(0).rag()).isEqualTo(Rag.GREY);
		assertThat(new RollupBuilder(data).build(JAN).programme().previous()).isNull();
	}

	@Test
	void anIndicatorCountsHowManyPeriodsInARowItHasWorsened() {
		// given caseloads rising (worse) in February and March
		ProgrammeInput data = data(Map.of(), List.of(value(JAN, 18), value(FEB, 21), value(MAR, 24)));

		// when
		IndicatorRollup march = new RollupBuilder(data).build(MAR).indicators().get(0);
		IndicatorRollup april = new RollupBuilder(data).build(MAR.plusMonths(1)).indicators().get(0);

		// then
		assertThat(march.periodsWorsening()).isEqualTo(2);
		assertThat(march.rag()).isEqualTo(Rag.RED);
		assertThat(march.reason())
			.isEqualTo("24 against a target of 20: misses it by 4, outside the tolerance of 1 (5% of the target)");
		assertThat(march.directionReason()).isEqualTo("24, was 21 last period");
		assertThat(march.history()).extracting(IndicatorRollup.PeriodFigure::period)
			.containsExactly("2017-01", "2017-02", "2017-03");
		assertThat(april.periodsWorsening()).isZero();
		assertThat(april.rag()).isEqualTo(Rag.GREY);
		assertThat(april.reason()).isEqualTo("no value for this period");
	}

	@Test
	void theRollupIsTheSameWhateverTheMachinesLocale() {
		// given
		ProgrammeInput data = data(Map.of(JAN, List.of(update(JAN, "1.1", ActionStatus.IN_PROGRESS, 50))),
				List.of(value(JAN, 24)));
		Rollup expected = new RollupBuilder(data).build(JAN);
		Locale machine = Locale.getDefault();

		// when
		Rollup rollup;
		try {
			Locale.setDefault(Locale.forLanguageTag("mr-IN"));
			rollup = new RollupBuilder(data).build(JAN);
		}
		finally {
			Locale.setDefault(machine);
		}

		// then
		assertThat(rollup).isEqualTo(expected);
		assertThat(rollup.indicators().get(0).financialYear()).isEqualTo("2016/17");
		assertThat(rollup.indicators().get(0).reason())
			.isEqualTo("24 against a target of 20: misses it by 4, " + "outside the tolerance of 1 (5% of the target)");
	}

	private static ProgrammeInput data(Map<YearMonth, List<ActionUpdate>> updates, List<IndicatorValue> values) {
		return new ProgrammeInput(SETTINGS, List.of(new Priority("1", "Leadership", "DCS", "")), List.of(), ACTIONS,
				List.of(CASELOAD), List.of(new Target("2i", "2016/17", 20, 20)), List.of(), List.of(), values,
				new TreeMap<>(updates), Map.of(), List.of());
	}

	private static ActionUpdate update(YearMonth period, String action, ActionStatus status, int percent) {
		return new ActionUpdate(period, action, status, percent, null, "", null, false, "DCS", period.atEndOfMonth());
	}

	private static ActionUpdate revised(YearMonth period, String action, LocalDate due) {
		return new ActionUpdate(period, action, ActionStatus.IN_PROGRESS, 40, null, "", due, false, "DCS",
				period.atEndOfMonth());
	}

	private static IndicatorValue value(YearMonth period, double value) {
		return new IndicatorValue("2i", period, value, null, null, "");
	}

}
