package org.boardpack.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVPrinter;
import org.boardpack.plan.PlanReader;

/**
 * Writes synthetic programmes of any size in the documented input format, for measuring
 * how the pack's cost grows: a plan of priorities, issues and actions with realistic
 * wording and timescales, indicators of every polarity with targets (some TBC), baselines
 * and benchmarks, then monthly returns and values written the way the bundled example's
 * are (statuses of every kind, slippage, missing returns). The same seed gives the same
 * files.
 */
public final class SyntheticProgrammes {

	static final YearMonth START = YearMonth.of(2021, 4);

	private static final int ACTIONS_PER_ISSUE = 5;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

	private final Shape shape;

	private final long seed;

	/** How many programmes, and how big each is. */
	public record Shape(int programmes, int actions, int indicators, int periods) {
	}

	public SyntheticProgrammes(Shape shape, long seed) {
		this.shape = shape;
		this.seed = seed;
	}

	/**
	 * Writes the programmes {@code synthetic-001} onwards under {@code out}; returns
	 * their folders.
	 */
	public List<Path> write(Path out) throws IOException {
		List<Path> folders = new ArrayList<>();
		for (int n = 1; n <= this.shape.programmes(); n++) {
			String id = "synthetic-%03d".formatted(n);
			Path folder = out.resolve(id);
			long programmeSeed = this.seed * 1_000_003L + n;
			SplittableRandom random = new SplittableRandom(programmeSeed);
			int priorities = Math.max(1, Math.min(10, this.shape.actions() / 20));
			writeSettings(folder, id, n);
			writePlan(folder, priorities, random);
			new SyntheticIndicators(this.shape.indicators(), priorities, START, end(), random).write(folder);
			new ExampleGenerator(programmeSeed).generate(folder);
			folders.add(folder);
		}
		return folders;
	}

	private YearMonth end() {
		return START.plusMonths(Math.max(1, this.shape.periods()) - 1);
	}

	private void writeSettings(Path folder, String id, int n) throws IOException {
		Files.createDirectories(folder.resolve("plan"));
		StringBuilder yml = new StringBuilder();
		yml.append("id: ").append(id).append('\n');
		yml.append("title: Synthetic Improvement Plan ").append(n).append('\n');
		yml.append("authority: Synthetic Authority ").append(n).append('\n');
		yml.append("board: Improvement Board\n");
		yml.append("start: ").append(START).append('\n');
		yml.append("end: ").append(end()).append('\n');
		yml.append("dataLabel: \"Synthetic data, generated for measuring performance.\"\n");
		yml.append("leads:\n");
		for (String lead : SyntheticText.LEADS) {
			yml.append("  ").append(lead).append(": Lead officer ").append(lead).append('\n');
		}
		Files.writeString(folder.resolve("programme.yml"), yml, StandardCharsets.UTF_8);
	}

	private void writePlan(Path folder, int priorities, SplittableRandom random) throws IOException {
		int issues = (this.shape.actions() + ACTIONS_PER_ISSUE - 1) / ACTIONS_PER_ISSUE;
		try (CSVPrinter csv = printer(folder.resolve("plan/priorities.csv"), PlanReader.PRIORITY_COLUMNS)) {
			for (int p = 1; p <= priorities; p++) {
				csv.printRecord(p, SyntheticText.priority(p, random), SyntheticText.pick(SyntheticText.LEADS, random),
						SyntheticText.action(random));
			}
		}
		try (CSVPrinter csv = printer(folder.resolve("plan/issues.csv"), PlanReader.ISSUE_COLUMNS)) {
			for (int g = 0; g < issues; g++) {
				csv.printRecord(issueId(g, priorities), g % priorities + 1, SyntheticText.issue(random),
						"Para " + (10 + g % 90));
			}
		}
		try (CSVPrinter csv = printer(folder.resolve("plan/actions.csv"), PlanReader.ACTION_COLUMNS)) {
			for (int a = 0; a < this.shape.actions(); a++) {
				int g = a / ACTIONS_PER_ISSUE;
				String description = SyntheticText.action(random)
						+ ((random.nextDouble() < 0.03) ? " (completed)" : "");
				csv.printRecord(issueId(g, priorities) + "." + (a % ACTIONS_PER_ISSUE + 1), g % priorities + 1,
						issueId(g, priorities), description, lead(random),
						(random.nextDouble() < 0.4) ? "Health, Police" : "", timescale(random), "", "");
			}
		}
	}

	private static String issueId(int g, int priorities) {
		return (g % priorities + 1) + "." + (g / priorities + 1);
	}

	private static String lead(SplittableRandom random) {
		String lead = SyntheticText.pick(SyntheticText.LEADS, random);
		return (random.nextDouble() < 0.1) ? lead + " / " + SyntheticText.pick(SyntheticText.LEADS, random) : lead;
	}

	/**
	 * A timescale as plans write it, which the reader turns into dates; a few have none
	 * ("Ongoing").
	 */
	private String timescale(SplittableRandom random) {
		double draw = random.nextDouble();
		if (draw < 0.05) {
			return "Ongoing";
		}
		int span = Math.max(1, this.shape.periods());
		YearMonth start = START.plusMonths(random.nextInt(span));
		YearMonth due = start.plusMonths(random.nextInt(Math.min(12, span)));
		if (due.isAfter(end())) {
			due = end();
		}
		if (draw < 0.15) {
			return "By " + MONTH.format(due);
		}
		return due.equals(start) ? MONTH.format(due) : MONTH.format(start) + " – " + MONTH.format(due);
	}

	static CSVPrinter printer(Path file, List<String> header) throws IOException {
		Files.createDirectories(file.getParent());
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, ExampleGenerator.CSV);
		csv.printRecord(header);
		return csv;
	}

}
