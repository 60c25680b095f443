package org.boardpack.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.boardpack.rating.Dates;

/**
 * A new programme folder that runs at once: three priorities, six actions, three
 * indicators, one month of returns and its narrative, with every line a council replaces
 * marked. Its dates are set around the month given, so the example reads as current;
 * plain Java, no Spring.
 */
public final class ProgrammeSkeleton {

	/** What a programme id may be made of, as {@code programme.yml} requires. */
	public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final List<String> FILES = List.of("programme.yml", "plan/priorities.csv", "plan/issues.csv",
			"plan/actions.csv", "updates/period.csv", "indicators/indicators.csv", "indicators/targets.csv",
			"indicators/baselines.csv", "indicators/benchmarks.csv", "indicators/values.csv", "narrative/period.md");

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private ProgrammeSkeleton() {
	}

	/**
	 * Writes the skeleton into {@code folder}, which must not exist or be empty; its
	 * returns are for {@code period}. The programme's id is the folder's name.
	 */
	public static void write(Path folder, YearMonth period) throws IOException {
		String id = folder.toAbsolutePath().normalize().getFileName().toString();
		Map<String, String> values = values(id, period);
		for (String name : FILES) {
			Path target = folder.resolve(name.replace("period", period.toString()));
			Files.createDirectories(target.getParent());
			Files.writeString(target, fill(read(name), values), StandardCharsets.UTF_8);
		}
	}

	private static Map<String, String> values(String id, YearMonth period) {
		YearMonth start = period.minusMonths(5);
		YearMonth lastYear = period.minusYears(1);
		return Map.ofEntries(Map.entry("id", id), Map.entry("start", start.toString()),
				Map.entry("end", start.plusMonths(23).toString()), Map.entry("period", period.toString()),
				Map.entry("previous", period.minusMonths(1).toString()), Map.entry("periodName", LONG.format(period)),
				Map.entry("updated", period.atEndOfMonth().minusDays(3).toString()),
				Map.entry("fy", Dates.financialYear(period)),
				Map.entry("nextfy", Dates.financialYear(period.plusYears(1))),
				Map.entry("lastfy", Dates.financialYear(lastYear)),
				// one action of each kind: complete, on track, overdue, not yet started,
				// due soon, no return
				Map.entry("a1", "By " + SHORT.format(period.minusMonths(2))),
				Map.entry("a2", "By " + SHORT.format(period.plusMonths(4))),
				Map.entry("a3", "By " + SHORT.format(period.minusMonths(1))),
				Map.entry("a4", SHORT.format(period.plusMonths(2))), Map.entry("a5", "By " + SHORT.format(period)),
				Map.entry("a6", "By " + SHORT.format(period.plusMonths(6))));
	}

	private static String read(String name) {
		try (InputStream in = ProgrammeSkeleton.class.getResourceAsStream("/skeleton/" + name)) {
			if (in == null) {
				throw new IllegalStateException("the skeleton file " + name + " is missing from the application");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fill(String text, Map<String, String> values) {
		String filled = text;
		for (Map.Entry<String, String> value : values.entrySet()) {
			filled = filled.replace("{{" + value.getKey() + "}}", value.getValue());
		}
		return filled;
	}

}
