package org.boardpack.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled programme with its files damaged at random, as careless editing or a bad
 * export would: every run either succeeds or is refused as invalid input, each problem
 * located in a file of the programme, with the store and output folder unchanged; never a
 * failure of boardpack itself, never a stack trace. The seed is fixed, so a failure found
 * is found again; the number of runs and the time spent starting them are bounded.
 */
class FuzzedProgrammeTests extends RefusalSupport {

	private static final long SEED = 16;

	private static final int RUNS = 40;

	/**
	 * No run is started after this long; the time is a bound on the test, never an
	 * assertion.
	 */
	private static final Duration BUDGET = Duration.ofMinutes(2);

	/**
	 * A problem as boardpack words it: a file of the programme, then where in it, then
	 * what is wrong.
	 */
	private static final Pattern LOCATED = Pattern.compile(
			"(programme\\.yml|programme\\.xlsx|plan|indicators|updates|narrative|templates)[^:]*(:\\d+)?(:[^:]+)?: .+");

	/** Bytes a careless edit or a bad export leaves behind. */
	private static final byte[] NASTY = { 0, 0x0B, 0x07, '"', ',', '\t', '\n', '\r', '-', '%', (byte) 0xE9, (byte) 0x92,
			(byte) 0xFF, '9', 'x', ' ' };

	@Test
	void everyDamagedProgrammeIsPackedOrRefusedWithLocatedProblemsAndNothingChanged() throws Exception {
		Random random = new Random(SEED);
		long deadline = System.nanoTime() + BUDGET.toNanos();
		int refusals = 0;
		for (int run = 1; run <= RUNS && System.nanoTime() < deadline; run++) {
			// given
			Path programme = programme();
			String damage = damage(programme, random);
			Map<String, String> before = fingerprint();

			// when
			Outcome outcome = cli("run", programme.toString(), "--period", "2017-10");

			// then
			String seen = "run " + run + " (" + damage + "):\n" + outcome.err();
			assertThat(outcome.err()).as(seen)
				.doesNotContain("\tat ")
				.doesNotContain("Exception")
				.doesNotContain(root.toString());
			if (outcome.status() == 0) {
				continue;
			}
			refusals++;
			assertThat(fingerprint()).as(seen).isEqualTo(before);
			if (outcome.status() == 2) {
				// the damage moved the programme's end before the period asked for: a
				// usage error, and said so
				assertThat(outcome.err()).as(seen).contains("--period 2017-10 is outside the programme");
				continue;
			}
			assertThat(outcome.status()).as(seen).isEqualTo(3);
			List<String> lines = outcome.err().lines().toList();
			assertThat(lines.get(0)).as(seen).matches("\\d+ problems? in the input:");
			assertThat(lines.subList(1, lines.size() - 1)).as(seen).allMatch((line) -> LOCATED.matcher(line).matches());
			assertThat(lines.get(lines.size() - 1)).as(seen).startsWith("Nothing was stored or written.");
		}
		assertThat(refusals).as("damaged programmes refused").isPositive();
	}

	/** Damages one file of the programme at random, and says how. */
	private static String damage(Path programme, Random random) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(programme)) {
			files = walk.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().equals("SOURCES.md"))
				.sorted()
				.toList();
		}
		Path file = files.get(random.nextInt(files.size()));
		byte[] bytes = Files.readAllBytes(file);
		int at = random.nextInt(Math.max(bytes.length, 1));
		byte nasty = NASTY[random.nextInt(NASTY.length)];
		List<Byte> changed = new ArrayList<>();
		for (byte b : bytes) {
			changed.add(b);
		}
		String how = switch (random.nextInt(5)) {
			case 0 -> {
				changed.set(at, nasty);
				yield "byte " + at + " replaced by 0x" + Integer.toHexString(nasty & 0xFF);
			}
			case 1 -> {
				changed.add(at, nasty);
				yield "0x" + Integer.toHexString(nasty & 0xFF) + " inserted at byte " + at;
			}
			case 2 -> {
				changed.subList(at, changed.size()).clear();
				yield "cut at byte " + at;
			}
			case 3 -> {
				int end = Math.min(changed.size(), at + 1 + random.nextInt(200));
				changed.subList(at, end).clear();
				yield "bytes " + at + " to " + end + " removed";
			}
			default -> {
				String text = new String(bytes, StandardCharsets.UTF_8);
				List<String> lines = new ArrayList<>(text.lines().toList());
				int line = random.nextInt(Math.max(lines.size(), 1));
				if (!lines.isEmpty()) {
					lines.add(line, lines.get(line));
				}
				changed.clear();
				for (byte b : (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)) {
					changed.add(b);
				}
				yield "line " + (line + 1) + " repeated";
			}
		};
		byte[] result = new byte[changed.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = changed.get(i);
		}
		Files.write(file, result);
		return programme.relativize(file) + ": " + how;
	}

}
