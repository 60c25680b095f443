package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.InvalidInputException;
import org.boardpack.job.MonthlyPackLauncher;
import org.boardpack.job.PackOutcome;
import org.boardpack.job.PackStoppedException;
import org.boardpack.job.RunningPacks;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code run DIR1 DIR2 ...} and {@code run --all FOLDER}: the packs of many programmes in
 * one run, a line for each, then a count. A programme with invalid input or a failed run
 * does not stop the others.
 */
final class ManyProgrammes {

	private final PrintStream out;

	private final PrintStream err;

	ManyProgrammes(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run(Arguments arguments) throws Exception {
		List<Path> folders = folders(arguments);
		YearMonth period = arguments.optionalPeriod("period");
		List<PackOutcome> outcomes;
		try (ConfigurableApplicationContext context = StartingUp.start(this.err, Cli.springArguments(arguments));
				StopOnTerm stop = StopOnTerm.install(context.getBean(RunningPacks.class), this.err)) {
			outcomes = context.getBean(MonthlyPackLauncher.class).runAll(folders, period);
		}
		int invalid = 0;
		int failed = 0;
		int stopped = 0;
		for (PackOutcome outcome : outcomes) {
			String name = outcome.programme() + ((outcome.period() != null) ? " " + outcome.period() : "");
			if (outcome.failure() == null) {
				this.out.println(name + ": pack written to " + outcome.pack());
			}
			else if (outcome.failure() instanceof InvalidInputException ex) {
				invalid++;
				this.err.println(name + " (" + outcome.folder() + "): " + ex.getMessage().replace("\n", "\n  "));
			}
			else if (outcome.failure() instanceof PackStoppedException ex) {
				stopped++;
				this.err.println(name + " (" + outcome.folder() + "): " + ex.getMessage());
			}
			else {
				failed++;
				this.err.println(name + " (" + outcome.folder() + "): failed: " + outcome.failure().getMessage());
			}
		}
		this.out.printf("%d of %d packs written", outcomes.size() - invalid - failed - stopped, outcomes.size());
		this.out.println(((invalid > 0) ? "; " + invalid + " with invalid input (nothing stored for them)" : "")
				+ ((failed > 0) ? "; " + failed + " failed" : "") + ((stopped > 0) ? "; " + stopped + " stopped" : "")
				+ ".");
		if (failed > 0) {
			return ExitCode.FAILED;
		}
		return (stopped > 0) ? ExitCode.STOPPED : (invalid > 0) ? ExitCode.INVALID_INPUT : ExitCode.OK;
	}

	private static List<Path> folders(Arguments arguments) throws IOException {
		List<Path> folders = new ArrayList<>();
		for (String name : arguments.positional()) {
			folders.add(Path.of(name));
		}
		String all = arguments.option("all", null);
		if (all != null) {
			folders.addAll(Arguments.programmesIn(all));
		}
		if (folders.isEmpty()) {
			throw new Arguments.UsageException(
					"--all \"" + all + "\" holds no programme folders (none has a programme.yml)");
		}
		return folders;
	}

}
