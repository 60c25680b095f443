package org.boardpack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the benchmark's one table from the raw results of {@code src/bench/run}: for each workload, each
 * stage's wall and CPU time (the median over the repeated runs; summed over programmes where several ran at
 * once), each renderer beside its floor, and the whole process's elapsed time, CPU time and peak memory as GNU
 * time measured them. Usage: BenchReport RESULTS_FOLDER
 */
public final class BenchReport {

	private static final Pattern ELAPSED = Pattern.compile("Elapsed \\(wall clock\\) time.*: (?:(\\d+):)?(\\d+):([\\d.]+)");

	private BenchReport() {
	}

	public static void main(String[] args) throws IOException {
		Path results = Path.of(args[0]);
		System.out.println(Files.readString(results.resolve("machine.txt")).strip());
		System.out.println();
		System.out.printf(Locale.ROOT, "%-8s %-44s %10s %10s  %s%n", "workload", "stage", "wall ms", "CPU ms", "notes");
		try (Stream<Path> list = Files.list(results)) {
			for (Path workload : list.filter(Files::isDirectory).sorted().toList()) {
				print(workload);
			}
		}
		System.out.println();
		System.out.println("Medians of the runs shown. Stage times are summed over programmes when several ran at once;");
		System.out.println("'whole process' is GNU time's elapsed, user+sys and maximum resident set size.");
	}

	private static void print(Path workload) throws IOException {
		String name = workload.getFileName().toString();
		List<Path> runs;
		try (Stream<Path> list = Files.list(workload)) {
			runs = list.filter((p) -> Files.isDirectory(p) && Files.exists(p.resolve("time.txt"))).sorted().toList();
		}
		if (runs.isEmpty()) {
			return;
		}
		Map<String, List<double[]>> stages = new LinkedHashMap<>();
		List<double[]> whole = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		Map<String, Integer> packs = new LinkedHashMap<>(); // how many programmes each stage's time is summed over
		for (Path run : runs) {
			Map<String, double[]> sums = new LinkedHashMap<>();
			if (Files.exists(run.resolve("timings.tsv"))) {
				for (String line : Files.readAllLines(run.resolve("timings.tsv"))) {
					String[] f = line.split("\t");
					double[] sum = sums.computeIfAbsent(f[2], (k) -> new double[2]);
					sum[0] += Double.parseDouble(f[3]);
					sum[1] += Double.parseDouble(f[4]);
					packs.merge(run.getFileName() + " " + f[2], 1, Integer::sum);
				}
			}
			sums.forEach((stage, sum) -> stages.computeIfAbsent(stage, (k) -> new ArrayList<>()).add(sum));
			whole.add(time(Files.readString(run.resolve("time.txt")), failures, run));
		}
		Map<String, double[]> floors = floors(workload);
		String runsNote = runs.size() + " run" + (runs.size() == 1 ? "" : "s");
		List<Map.Entry<String, List<double[]>>> ordered = new ArrayList<>(stages.entrySet());
		ordered.sort(java.util.Comparator.comparingInt((e) -> order(e.getKey())));
		for (Map.Entry<String, List<double[]>> stage : ordered) {
			double wall = median(stage.getValue(), 0);
			double cpu = median(stage.getValue(), 1);
			String note = "";
			if (stage.getKey().startsWith("render ")) {
				double[] floor = floor(floors, stage.getKey().substring("render ".length()), stages.keySet());
				// the floor is one pack's; a stage summed over several packs is compared per pack
				int count = packs.getOrDefault(runs.get(0).getFileName() + " " + stage.getKey(), 1);
				note = (floor == null) ? "no floor"
						: (count == 1) ? String.format(Locale.ROOT, "floor %.0f ms: %.1fx", floor[0], wall / floor[0])
						: String.format(Locale.ROOT, "per pack %.0f ms, floor %.0f ms: %.1fx", wall / count, floor[0],
								wall / count / floor[0]);
			}
			System.out.printf(Locale.ROOT, "%-8s %-44s %10.0f %10.0f  %s%n", name, label(stage.getKey()), wall, cpu, note);
		}
		System.out.printf(Locale.ROOT, "%-8s %-44s %10.0f %10.0f  peak RSS %.0f MB; %s%s%n", name, "whole process",
				median(whole, 0), median(whole, 1), median(whole, 2) / 1024, runsNote,
				failures.isEmpty() ? "" : "; FAILED: " + String.join(", ", failures));
	}

	private static int order(String stage) {
		int known = List.of("start-up", "read", "ingest", "roll-up", "render").indexOf(stage);
		return (known >= 0) ? known : stage.startsWith("render ") ? 5 : 6;
	}

	private static String label(String stage) {
		return switch (stage) {
			case "start-up" -> "start-up (JVM, context, to first step)";
			case "read" -> "ingest: read and check the folder";
			case "ingest" -> "ingest: store";
			case "render" -> "render step (documents side by side; CPU of its own thread)";
			case "publish" -> "publish (manifest, move into place)";
			default -> stage.startsWith("render ") ? "  " + stage : stage;
		};
	}

	/** Elapsed ms, user+sys ms and peak RSS KB from GNU time's -v report. */
	private static double[] time(String text, List<String> failures, Path run) {
		Matcher elapsed = ELAPSED.matcher(text);
		double wall = 0;
		if (elapsed.find()) {
			wall = ((elapsed.group(1) != null) ? Integer.parseInt(elapsed.group(1)) * 3600 : 0)
					+ Integer.parseInt(elapsed.group(2)) * 60 + Double.parseDouble(elapsed.group(3));
		}
		if (!text.contains("Exit status: 0")) {
			failures.add(run.getFileName() + " (" + value(text, "Exit status") + ")");
		}
		return new double[] { wall * 1000, (value(text, "User time (seconds)") + value(text, "System time (seconds)")) * 1000,
				value(text, "Maximum resident set size (kbytes)") };
	}

	private static double value(String text, String key) {
		Matcher m = Pattern.compile(Pattern.quote(key) + ": ([\\d.]+)").matcher(text);
		return m.find() ? Double.parseDouble(m.group(1)) : 0;
	}

	private static Map<String, double[]> floors(Path workload) throws IOException {
		Map<String, List<double[]>> all = new TreeMap<>();
		try (Stream<Path> list = Files.list(workload)) {
			for (Path file : list.filter((p) -> p.getFileName().toString().startsWith("floors")).toList()) {
				for (String line : Files.readAllLines(file)) {
					String[] f = line.split("\t");
					all.computeIfAbsent(f[0], (k) -> new ArrayList<>())
						.add(new double[] { Double.parseDouble(f[2]), Double.parseDouble(f[3]) });
				}
			}
		}
		Map<String, double[]> medians = new TreeMap<>();
		all.forEach((file, values) -> medians.put(file, new double[] { median(values, 0), median(values, 1) }));
		return medians;
	}

	/**
	 * The floor of a renderer's files, written "board-paper.html + board-paper.pdf" when one renderer writes
	 * several: the sum of their floors; null when any of them has none. A file that is timed on its own line
	 * (the board paper's Word file, written beside its PDF) counts there and not in its renderer's line.
	 */
	private static double[] floor(Map<String, double[]> floors, String files, java.util.Set<String> stages) {
		double[] sum = new double[2];
		for (String file : files.split(" \\+ ")) {
			if (files.contains(" + ") && stages.contains("render " + file)) {
				continue;
			}
			double[] floor = floors.get(file);
			if (floor == null) {
				return null;
			}
			sum[0] += floor[0];
			sum[1] += floor[1];
		}
		return sum;
	}

	private static double median(List<double[]> values, int index) {
		double[] sorted = values.stream().mapToDouble((v) -> v[index]).sorted().toArray();
		if (sorted.length == 0) {
			return 0;
		}
		int mid = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

}
