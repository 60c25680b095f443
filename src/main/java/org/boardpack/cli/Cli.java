package org.boardpack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.boardpack.input.Counted;
import org.boardpack.generate.ExampleGenerator;
import org.boardpack.generate.SyntheticProgrammes;
import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Text;
import org.boardpack.job.DiskFullException;
import org.boardpack.job.MonthlyPackLauncher;
import org.boardpack.job.PackBusyException;
import org.boardpack.job.PackRequest;
import org.boardpack.job.PackStoppedException;
import org.boardpack.job.RunningPacks;
import org.boardpack.job.StoreLostException;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.returns.ReturnsNotice;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupJson;
import org.boardpack.system.OutputFile;
import org.boardpack.store.DamagedStoreException;
import org.boardpack.system.StageTimings;
import org.boardpack.system.Workspace;
import org.boardpack.system.TemplatesFolder;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code init}, {@code run}, {@code restart}, {@code committee},
 * {@code export}, {@code history}, {@code serve}, {@code worker}, {@code validate} and
 * {@code generate}. Only {@code validate} and {@code generate} work on files alone; the
 * others start the application.
 */
public final class Cli {

	/**
	 * The programme folder a command works on when given none: the bundled example of the
	 * installation.
	 */
	static String defaultProgramme() {
		return Workspace.current().defaultProgramme().toString();
	}

	/** H2's error code when another process holds the database file. */
	private static final int H2_DATABASE_IN_USE = 90020;

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);

	private final PrintStream out;

	private final PrintStream err;

	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** The process's entry point: the command's outcome is the exit status. */
	public static void main(String[] args) {
		System.exit(new Cli(System.out, System.err).run(args));
	}

	public int run(String... args) {
		List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		String verb = (args.length == 0) ? "--help" : args[0];
		try {
			ExitCode code = switch (verb) {
				case "init" ->
					new InitCommand(this.out, Clock.systemDefaultZone()).run(Arguments.parse(rest, Set.of(), Set.of()));
				case "run" ->
					pack(Arguments.parse(rest, Set.of("period", "updates", "all"), Set.of("recover", "new-store")));
				case "committee" -> new CommitteeCommand(this.out, this.err)
					.run(Arguments.parse(rest, Set.of("committee", "meeting"), Set.of()));
				case "restart" -> restart(Arguments.parse(rest, Set.of(), Set.of()));
				case "validate" -> validate(Arguments.parse(rest, Set.of(), Set.of()));
				case "generate" -> generate(Arguments.parse(rest,
						Set.of("seed", "from", "to", "programmes", "actions", "indicators", "periods", "out"),
						Set.of()));
				case "serve" -> new ServeCommand(this.out).run(rest);
				case "worker" -> new WorkerCommand(this.out, this.err).run(Arguments.parse(rest, Set.of(), Set.of()));
				case "export" -> new ExportCommand(this.out, this.err, Clock.systemDefaultZone())
					.run(Arguments.parse(rest, Set.of("period"), Set.of()));
				case "returns" -> new ReturnsCommand(this.out, this.err)
					.run(Arguments.parse(rest, Set.of("period"), Set.of("status", "send", "remind")));
				case "check" -> new CheckCommand(this.out).run(Arguments.parse(rest, Set.of("period"), Set.of()));
				case "history" -> new HistoryCommand(this.out).run(Arguments.parse(rest, Set.of("limit"), Set.of()));
				case "--help", "-h", "help" -> help(HelpText.MAIN);
				default -> throw new Arguments.UsageException("unknown command \"" + verb + "\"");
			};
			return exiting(code);
		}
		catch (Arguments.UsageException ex) {
			this.err.println("boardpack: " + ex.getMessage() + " (see ./boardpack --help)");
			return exiting(ExitCode.USAGE);
		}
		catch (InvalidInputException ex) {
			this.err.println(ex.getMessage());
			this.err.println(ex.isFoundAfterStoring()
					? "The files were stored but no pack was published: the published pack is as it was. Correct the "
							+ "files and run again; the run resumes where it stopped."
					: "Nothing was stored or written. Correct the files and run again.");
			return exiting(ExitCode.INVALID_INPUT);
		}
		catch (PackBusyException ex) {
			this.err.println("boardpack: " + ex.getMessage());
			return exiting(ExitCode.BUSY);
		}
		catch (PackStoppedException ex) {
			this.err.println("boardpack: " + ex.getMessage());
			return exiting(ExitCode.STOPPED);
		}
		catch (Exception ex) {
			this.err.println("boardpack: " + rootMessage(ex));
			return exiting(storeInUse(ex) ? ExitCode.BUSY : ExitCode.FAILED);
		}
	}

	private int exiting(ExitCode code) {
		this.out.flush();
		this.err.flush();
		return code.status();
	}

	private ExitCode pack(Arguments arguments) throws Exception {
		if (arguments.help()) {
			return help(HelpText.RUN);
		}
		if (arguments.positional().size() > 1 || arguments.options().containsKey("all")) {
			return new ManyProgrammes(this.out, this.err).run(arguments);
		}
		Path folder = Path.of(arguments.single(defaultProgramme()));
		StageTimings.Clock clock = StageTimings.start();
		ProgrammeInput input = warned(ProgrammeReader.read(folder));
		YearMonth period = period(arguments.option("period", null), input);
		if (arguments.option("updates", null) != null) {
			input = fileReturn(folder, Path.of(arguments.option("updates", null)), arguments.option("period", null),
					period);
		}
		boolean recover = arguments.flag("recover");
		ProgrammeInput read = input;
		// watched before the folder is said to be read, so that a signal from then on is
		// reported, however long the application takes to begin starting
		try (StartingUp starting = StartingUp.watch(this.err)) {
			clock.end(input.settings().id(), "-", "read");
			return withLauncher((launcher) -> pack(launcher, PackRequest.of(folder, read, period, recover), read),
					springArguments(arguments));
		}
	}

	/**
	 * Resumes the programme's latest run if it did not finish, for the period it was for.
	 */
	private ExitCode restart(Arguments arguments) throws Exception {
		if (arguments.help()) {
			return help(HelpText.RESTART);
		}
		Path folder = Path.of(arguments.single(defaultProgramme()));
		ProgrammeInput input = warned(ProgrammeReader.read(folder));
		String programme = input.settings().id();
		return withLauncher((launcher) -> {
			MonthlyPackLauncher.UnfinishedRun unfinished = launcher.unfinished(programme).orElse(null);
			if (unfinished == null) {
				this.out.println("Nothing to resume: the latest run of " + programme + " finished, or it has not been "
						+ "run yet. Use ./boardpack run to run a period.");
				return ExitCode.OK;
			}
			String started = (unfinished.started() != null) ? STARTED.format(unfinished.started())
					: "at an unknown time";
			this.out.println(Text.format("Resuming the run of %s for %s (%s, started %s).", programme,
					unfinished.period(), unfinished.how(), started));
			return pack(launcher, PackRequest.of(folder, input, unfinished.period(), false), input);
		});
	}

	private ExitCode pack(MonthlyPackLauncher launcher, PackRequest request, ProgrammeInput input) throws Exception {
		Path pack = launcher.run(request, input);
		Rollup rollup = RollupJson.read(pack.resolve(OutputFile.ROLLUP.fileName()));
		new SummaryTable(this.out).print(rollup);
		ReturnsNotice returns = ReturnsNotice.of(rollup, input.settings()::leadTitle);
		if (returns.none()) {
			this.out.println();
			this.out.println("Warning: " + returns.warning());
		}
		else if (!returns.notReturned().isEmpty()) {
			this.out.println();
			this.out.println("Not returned this period: " + returns.notReturnedLeads() + ".");
		}
		this.out.println();
		this.out.println("Pack written to " + pack);
		return ExitCode.OK;
	}

	/**
	 * Work done with the application context open; SIGTERM meanwhile stops a run at the
	 * end of its stage.
	 */
	private interface LauncherWork {

		ExitCode run(MonthlyPackLauncher launcher) throws Exception;

	}

	private ExitCode withLauncher(LauncherWork work, String... springArguments) throws Exception {
		try (ConfigurableApplicationContext context = StartingUp.start(this.err, springArguments);
				StopOnTerm stop = StopOnTerm.install(context.getBean(RunningPacks.class), this.err)) {
			return work.run(context.getBean(MonthlyPackLauncher.class));
		}
	}

	/**
	 * What the command line asks of the application: {@code --new-store} puts a damaged
	 * embedded store aside.
	 */
	static String[] springArguments(Arguments arguments) {
		return arguments.flag("new-store") ? new String[] { "--boardpack.new-store=true" } : new String[0];
	}

	/**
	 * Files the given return as the period's, then reads the folder again; an invalid
	 * return is withdrawn.
	 */
	private ProgrammeInput fileReturn(Path folder, Path given, String periodOption, YearMonth period)
			throws java.io.IOException {
		if (periodOption == null) {
			throw new Arguments.UsageException("--updates needs --period: the month the return is for");
		}
		ReturnFiling filing = ReturnFiling.file(folder, given, period);
		try {
			ProgrammeInput input = ProgrammeReader.read(folder);
			this.out.println("Filed " + given + " as " + folder.relativize(filing.target()) + ".");
			return input;
		}
		catch (InvalidInputException ex) {
			filing.withdraw();
			throw ex;
		}
	}

	/** The input, once what the user should know of it (files not read) is printed. */
	private ProgrammeInput warned(ProgrammeInput input) {
		input.warnings().forEach((warning) -> this.err.println("Warning: " + warning));
		return input;
	}

	private static YearMonth period(String text, ProgrammeInput input) {
		if (text == null) {
			YearMonth latest = input.latestPeriod();
			if (latest == null) {
				throw new Arguments.UsageException("the programme has no updates or values yet; give --period YYYY-MM");
			}
			return latest;
		}
		return Arguments.period(text, input.settings());
	}

	private ExitCode validate(Arguments arguments) {
		if (arguments.help()) {
			return help(HelpText.VALIDATE);
		}
		Path folder = Path.of(arguments.single(defaultProgramme()));
		ProgrammeInput input = warned(ProgrammeReader.read(folder));
		TemplatesFolder.require(TemplatesFolder.configured());
		this.out.printf(Locale.ROOT, "%s is valid: %s, %s, %s, %s, %s (%s), %s.%n", folder,
				Counted.of(input.priorities().size(), "priority"), Counted.of(input.issues().size(), "issue"),
				Counted.of(input.actions().size(), "action"), Counted.of(input.indicators().size(), "indicator"),
				Counted.of(input.updates().size(), "update return"),
				input.updates().isEmpty() ? "none" : input.updates().firstKey() + " to " + input.updates().lastKey(),
				Counted.of(input.values().size(), "indicator value"));
		return ExitCode.OK;
	}

	private ExitCode generate(Arguments arguments) throws Exception {
		if (arguments.help()) {
			return help(HelpText.GENERATE);
		}
		if (arguments.options().containsKey("programmes")) {
			return synthetic(arguments);
		}
		Path folder = Path.of(arguments.single(defaultProgramme()));
		long seed = seed(arguments.option("seed", "7"));
		YearMonth from = arguments.optionalPeriod("from");
		YearMonth to = arguments.optionalPeriod("to");
		ExampleGenerator.Summary summary = new ExampleGenerator(seed).generate(folder, from, to);
		this.out.printf(Locale.ROOT, "Wrote %s (%s to %s) and %s to %s with seed %d.%n",
				Counted.of(summary.periods(), "update return"), summary.from(), summary.to(),
				Counted.of(summary.values(), "indicator value"), folder, seed);
		return ExitCode.OK;
	}

	private ExitCode synthetic(Arguments arguments) throws Exception {
		SyntheticProgrammes.Shape shape = new SyntheticProgrammes.Shape(count(arguments, "programmes", "1"),
				count(arguments, "actions", "300"), count(arguments, "indicators", "120"),
				count(arguments, "periods", "36"));
		long seed = seed(arguments.option("seed", "7"));
		Path out = Path.of(arguments.option("out", Workspace.current().synthetic().toString()));
		new SyntheticProgrammes(shape, seed).write(out);
		this.out.printf(Locale.ROOT,
				"Wrote %d synthetic programmes (%d actions, %d indicators, %d periods each) " + "to %s with seed %d.%n",
				shape.programmes(), shape.actions(), shape.indicators(), shape.periods(), out, seed);
		return ExitCode.OK;
	}

	private static int count(Arguments arguments, String option, String fallback) {
		String text = arguments.option(option, fallback);
		try {
			int count = Integer.parseInt(text);
			if (count >= 1) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new Arguments.UsageException("--" + option + " \"" + text + "\" is not a whole number of 1 or more");
	}

	private static long seed(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new Arguments.UsageException("--seed \"" + text + "\" is not a whole number");
		}
	}

	private static String rootMessage(Throwable failure) {
		if (failure instanceof StoreLostException) {
			return failure.getMessage(); // names the store and the run, which the
											// driver's words do not
		}
		if (storeInUse(failure)) {
			return "the embedded store is in use by another run; wait for it to finish and run again";
		}
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof DamagedStoreException || t instanceof DiskFullException) {
				return t.getMessage(); // in the user's words, naming the file
			}
			// SQL states of class 08 (connection) and 28 (authorisation): the driver's
			// message says where and why
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
				return "could not connect to the store: " + sql.getMessage();
			}
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root == failure) ? String.valueOf(failure.getMessage()) : "failed: " + root.getMessage();
	}

	/** Whether the failure is H2's: another process has the embedded store open. */
	static boolean storeInUse(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
				return true;
			}
		}
		return false;
	}

	private ExitCode help(String text) {
		this.out.print(text);
		return ExitCode.OK;
	}

}
