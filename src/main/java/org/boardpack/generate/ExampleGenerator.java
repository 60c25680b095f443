package org.boardpack.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.boardpack.indicator.IndicatorReader;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.plan.Action;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.PlanReader;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;

/**
 * Writes an illustrative, plausible history for a programme's plan and indicators:
 * monthly update returns in which most actions finish on time, some slip, a few go red
 * and some leads miss a month; and indicator values moving from their baselines towards
 * their targets, some falling short. The same seed always gives the same files. Indicator
 * values that carry a note (real figures) are kept as they are.
 */
public final class ExampleGenerator {

	static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final long seed;

	public ExampleGenerator(long seed) {
		this.seed = seed;
	}

	/** What was written. */
	public record Summary(int periods, YearMonth from, YearMonth to, int values) {
	}

	public Summary generate(Path folder) throws IOException {
		return generate(folder, null, null);
	}

	public Summary generate(Path folder, YearMonth from, YearMonth to) throws IOException {
		ProgrammeInput input = ProgrammeReader.read(folder);
		YearMonth first = (from != null) ? from : input.settings().start();
		YearMonth last = (to != null) ? to : input.settings().end();
		Files.createDirectories(folder.resolve("updates"));
		Map<String, ActionStory> stories = new HashMap<>();
		for (Action action : input.actions()) {
			stories.put(action.id(), new ActionStory(action, random(action.id()), input.settings()));
		}
		int periods = 0;
		for (YearMonth period = first; !period.isAfter(last); period = period.plusMonths(1)) {
			writeUpdates(folder.resolve("updates/" + period + ".csv"), input, stories, period);
			periods++;
		}
		List<IndicatorValue> values = new IndicatorHistory(input, this.seed).values(first, last);
		writeValues(folder.resolve("indicators/values.csv"), values);
		return new Summary(periods, first, last, values.size());
	}

	private void writeUpdates(Path file, ProgrammeInput input, Map<String, ActionStory> stories, YearMonth period)
			throws IOException {
		SplittableRandom month = random("leads " + period);
		Map<String, Boolean> leadMissed = new HashMap<>();
		List<ActionUpdate> updates = new ArrayList<>();
		for (Action action : input.actions()) {
			boolean missed = leadMissed.computeIfAbsent(action.lead(),
					(lead) -> !period.equals(input.settings().start()) && month.nextDouble() < 0.07);
			ActionUpdate update = stories.get(action.id()).update(period);
			if (!missed && update != null) {
				updates.add(update);
			}
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSV)) {
			csv.printRecord(PlanReader.UPDATE_COLUMNS);
			for (ActionUpdate u : updates) {
				csv.printRecord(u.actionId(), u.status().code(), u.percentComplete(),
						(u.reportedRag() != null) ? u.reportedRag().code() : "", u.commentary(),
						(u.revisedDueDate() != null) ? u.revisedDueDate() : "", u.rebaselined() ? "yes" : "",
						u.updatedBy(), u.updatedOn());
			}
		}
	}

	private static void writeValues(Path file, List<IndicatorValue> values) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSV)) {
			csv.printRecord(IndicatorReader.VALUE_COLUMNS);
			for (IndicatorValue v : values) {
				csv.printRecord(v.indicatorId(), v.period(), Numbers.plain(v.value()), Numbers.plain(v.numerator()),
						Numbers.plain(v.denominator()), v.note());
			}
		}
	}

	private SplittableRandom random(String name) {
		return new SplittableRandom(this.seed * 31 + name.hashCode());
	}

}
