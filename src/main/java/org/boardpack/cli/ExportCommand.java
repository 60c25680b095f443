package org.boardpack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.delivery.PackDelivery;
import org.boardpack.delivery.PackExport;
import org.boardpack.job.RunningPacks;
import org.boardpack.input.Text;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export}: the monthly pack of the month just closed (or {@code --period}), then
 * its delivery. Made for cron, systemd timers and Kubernetes CronJobs: one line per
 * delivery, and exit status 1 when any failed.
 */
final class ExportCommand {

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	ExportCommand(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	ExitCode run(Arguments arguments, String... springArgs) throws Exception {
		if (arguments.help()) {
			this.out.print(HelpText.EXPORT);
			return ExitCode.OK;
		}
		Path folder = Path.of(arguments.single(Cli.defaultProgramme()));
		ProgrammeInput input = ProgrammeReader.read(folder);
		YearMonth period = period(arguments.option("period", null), input);
		PackExport.Exported exported;
		try (ConfigurableApplicationContext context = StartingUp.start(this.err, springArgs);
				StopOnTerm stop = StopOnTerm.install(context.getBean(RunningPacks.class), this.err)) {
			exported = context.getBean(PackDelivery.class).export(folder, input, period);
		}
		this.out.println("Pack written to " + exported.pack());
		if (exported.deliveries().isEmpty()) {
			this.out.println("Not delivered: " + folder.resolve("programme.yml")
					+ " has no delivery: settings (a folder, e-mail recipients).");
		}
		for (PackExport.Delivered delivered : exported.deliveries()) {
			this.out.printf("%-6s  %s%n        %s%n", delivered.channel(), delivered.target(), delivered.outcome());
		}
		List<PackExport.Delivered> failed = exported.failed();
		for (PackExport.Delivered delivered : failed) {
			this.err.printf("boardpack: %s delivery (%s) %s; the next export tries it again%n", delivered.channel(),
					delivered.target(), delivered.outcome());
		}
		return failed.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
	}

	/**
	 * The period given, or the month just closed by the clock; either must lie within the
	 * programme.
	 */
	private YearMonth period(String text, ProgrammeInput input) {
		if (text == null) {
			YearMonth period = YearMonth.now(this.clock).minusMonths(1);
			if (!input.settings().covers(period)) {
				throw new Arguments.UsageException(Text.format(
						"the month just closed, %s, is outside the programme "
								+ "(%s to %s); give the month to export with --period YYYY-MM",
						period, input.settings().start(), input.settings().end()));
			}
			return period;
		}
		return Arguments.period(text, input.settings());
	}

}
