package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.boardpack.delivery.ReturnRequests;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rating.Dates;
import org.boardpack.returns.LeadReturns;
import org.boardpack.returns.asking.MonthOfReturns;
import org.boardpack.system.TemplatesFolder;
import org.boardpack.system.Workspace;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code returns}: writes each lead's return workbook for a month, or with
 * {@code --status} says which leads have returned. Works on the programme's files alone;
 * the store is not touched.
 */
final class ReturnsCommand {

	private final PrintStream out;

	private final PrintStream err;

	ReturnsCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run(Arguments arguments) throws IOException {
		if (arguments.help()) {
			this.out.print(HelpText.RETURNS);
			return ExitCode.OK;
		}
		Path folder = Path.of(arguments.single(Cli.defaultProgramme()));
		ProgrammeInput input = ProgrammeReader.read(folder);
		String given = arguments.option("period", null);
		if (given == null) {
			throw new Arguments.UsageException("give --period YYYY-MM: the month the returns are for");
		}
		YearMonth period = Arguments.period(given, input.settings());
		MonthOfReturns month = MonthOfReturns.of(folder, input, period);
		if (arguments.flag("status")) {
			status(input, period, month.leads(), month.due());
			return ExitCode.OK;
		}
		Path written = month.writeWorkbooks(outputRoot(), TemplatesFolder.configured());
		this.out.printf(Locale.ROOT, "Wrote %d return workbooks for %s, due %s, to %s%n", month.leads().size(),
				month.rollup().programme().periodName(), Dates.longDay(month.due()), written);
		if (arguments.flag("send") || arguments.flag("remind")) {
			boolean reminder = arguments.flag("remind");
			return send(month,
					reminder ? month.leads().stream().filter((lead) -> !lead.hasReturned()).toList() : month.leads(),
					written, reminder);
		}
		this.out.println("Send each lead their workbook; put the filled-in workbooks in "
				+ folder.resolve("updates").resolve(period.toString()) + "/");
		return ExitCode.OK;
	}

	/**
	 * E-mails each lead with an address in {@code leadEmails} their workbook, recording
	 * every message in the store's delivery records.
	 */
	private ExitCode send(MonthOfReturns month, List<LeadReturns.Lead> leads, Path written, boolean reminder)
			throws IOException {
		boolean failed = false;
		try (ConfigurableApplicationContext context = StartingUp.start(this.err)) {
			ReturnRequests requests = context.getBean(ReturnRequests.class);
			for (LeadReturns.Lead lead : leads) {
				ReturnRequests.Request request = month.request(lead, written, reminder);
				if (request == null) {
					this.out.println(lead.lead() + ": no address in leadEmails; send "
							+ MonthOfReturns.fileName(lead.lead()) + " by hand");
					continue;
				}
				String outcome = requests.send(request);
				failed |= outcome.startsWith("failed");
				this.out.println(lead.lead() + " (" + request.address() + "): " + outcome);
			}
		}
		return failed ? ExitCode.FAILED : ExitCode.OK;
	}

	private void status(ProgrammeInput input, YearMonth period, List<LeadReturns.Lead> leads, LocalDate due) {
		long returned = leads.stream().filter(LeadReturns.Lead::hasReturned).count();
		this.out.printf(Locale.ROOT, "Returns for %s of %s, due %s: %d of %d leads returned.%n", Dates.month(period),
				input.settings().title(), Dates.longDay(due), returned, leads.size());
		int width = Math.max(4, leads.stream().mapToInt((l) -> l.lead().length()).max().orElse(4));
		this.out.printf(Locale.ROOT, "%-" + width + "s  %8s  %7s  %s%n", "Lead", "Returned", "Missing", "Due");
		for (LeadReturns.Lead lead : leads) {
			this.out.printf(Locale.ROOT, "%-" + width + "s  %8d  %7d  %s%n", lead.lead(), lead.returned().size(),
					lead.missing().size(), lead.hasReturned() ? "returned" : Dates.day(due));
		}
	}

	/**
	 * Where packs are written: {@code BOARDPACK_OUTPUT}, else the workspace's
	 * {@code output} folder, whatever folder this is run from.
	 */
	private static Path outputRoot() {
		String named = System.getProperty("boardpack.output-dir", System.getenv("BOARDPACK_OUTPUT"));
		return (named != null && !named.isBlank()) ? Path.of(named) : Workspace.current().root().resolve("output");
	}

}
