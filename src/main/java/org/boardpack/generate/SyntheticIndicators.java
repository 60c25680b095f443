package org.boardpack.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVPrinter;
import org.boardpack.indicator.IndicatorReader;
import org.boardpack.rating.Dates;

/**
 * The indicators of a synthetic programme: a mix of units and polarities (including bands
 * and contextual measures), key indicators, a target for most financial years with some
 * left TBC, baselines and national and statistical-neighbour benchmarks for most.
 */
final class SyntheticIndicators {

	private static final String[] UNITS = { "percent", "percent", "percent", "count", "days", "rate" };

	private final int count;

	private final int priorities;

	private final YearMonth start;

	private final YearMonth end;

	private final SplittableRandom random;

	SyntheticIndicators(int count, int priorities, YearMonth start, YearMonth end, SplittableRandom random) {
		this.count = count;
		this.priorities = priorities;
		this.start = start;
		this.end = end;
		this.random = random;
	}

	void write(Path folder) throws IOException {
		try (CSVPrinter indicators = SyntheticProgrammes.printer(folder.resolve("indicators/indicators.csv"),
				IndicatorReader.INDICATOR_COLUMNS);
				CSVPrinter targets = SyntheticProgrammes.printer(folder.resolve("indicators/targets.csv"),
						IndicatorReader.TARGET_COLUMNS);
				CSVPrinter benchmarks = SyntheticProgrammes.printer(folder.resolve("indicators/benchmarks.csv"),
						IndicatorReader.BENCHMARK_COLUMNS);
				CSVPrinter baselines = SyntheticProgrammes.printer(folder.resolve("indicators/baselines.csv"),
						IndicatorReader.BASELINE_COLUMNS)) {
			for (int i = 1; i <= this.count; i++) {
				String id = "I%04d".formatted(i);
				String unit = UNITS[this.random.nextInt(UNITS.length)];
				String polarity = polarity();
				double level = unit.equals("percent") ? 40 + this.random.nextInt(50) : 5 + this.random.nextInt(200);
				indicators.printRecord(id, (this.random.nextDouble() < 0.9) ? (i % this.priorities + 1) : "",
						SyntheticText.indicator(this.random, unit.equals("percent")), unit, polarity,
						(this.random.nextDouble() < 0.7) ? "snapshot" : "in-month", "Case management system",
						(this.random.nextDouble() < 0.15) ? "key" : "standard", "");
				writeTargets(targets, id, polarity, level, unit);
				String year = Dates.financialYear(this.start.minusYears(1));
				if (this.random.nextDouble() < 0.8) {
					baselines.printRecord(id, year, Numbers.plain(round(level * 0.95, unit)), "");
				}
				if (this.random.nextDouble() < 0.7) {
					benchmarks.printRecord(id, "national", year, Numbers.plain(round(level * 1.02, unit)));
					benchmarks.printRecord(id, "statistical-neighbours", year,
							Numbers.plain(round(level * 0.98, unit)));
				}
			}
		}
	}

	private String polarity() {
		double draw = this.random.nextDouble();
		return (draw < 0.55) ? "higher-better" : (draw < 0.85) ? "lower-better" : (draw < 0.92) ? "range" : "none";
	}

	/** One row per financial year of the programme; about one in six left out (TBC). */
	private void writeTargets(CSVPrinter targets, String id, String polarity, double level, String unit)
			throws IOException {
		if (polarity.equals("none")) {
			return;
		}
		for (YearMonth month = this.start; !month.isAfter(this.end); month = month.plusYears(1)) {
			if (this.random.nextDouble() < 0.16) {
				continue;
			}
			double target = round(polarity.equals("lower-better") ? level * 0.9 : level * 1.05, unit);
			String text = polarity.equals("range")
					? Numbers.plain(round(level * 0.8, unit)) + ".." + Numbers.plain(round(level * 1.2, unit))
					: Numbers.plain(target);
			targets.printRecord(id, Dates.financialYear(month), text);
		}
	}

	private static double round(double value, String unit) {
		return unit.equals("percent") ? Math.min(100, Math.round(value * 10) / 10.0) : Math.round(value);
	}

}
