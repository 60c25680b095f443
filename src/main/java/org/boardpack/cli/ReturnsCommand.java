package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.boardpack.delivery.ReturnRequests;
import org.boardpack.input.Text;
import org.boardpack.pack.Templates;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rating.Dates;
import org.boardpack.render.excel.LeadReturnWorkbook;
import org.boardpack.returns.LeadReturns;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.boardpack.system.StagedFolder;
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
		Rollup rollup = new RollupBuilder(input).build(period);
		List<LeadReturns.Lead> leads = LeadReturns.of(rollup, input);
		LocalDate due = LeadReturns.due(period, input.settings());
		if (arguments.flag("status")) {
			status(input, period, leads, due);
			return ExitCode.OK;
		}
		Path written = write(folder, input, rollup, leads, due);
		this.out.printf(Locale.ROOT, "Wrote %d return workbooks for %s, due %s, to %s%n", leads.size(),
				rollup.programme().periodName(), Dates.longDay(due), written);
		if (arguments.flag("send") || arguments.flag("remind")) {
			boolean reminder = arguments.flag("remind");
			return send(input, rollup, reminder ? leads.stream().filter((lead) -> !lead.hasReturned()).toList() : leads,
					due, written, reminder);
		}
		this.out.println("Send each lead their workbook; put the filled-in workbooks in "
				+ folder.resolve("updates").resolve(period.toString()) + "/");
		return ExitCode.OK;
	}

	/**
	 * E-mails each lead with an address in {@code leadEmails} their workbook, recording
	 * every message in the store's delivery records.
	 */
	private ExitCode send(ProgrammeInput input, Rollup rollup, List<LeadReturns.Lead> leads, LocalDate due,
			Path written, boolean reminder) throws IOException {
		String month = rollup.programme().periodName();
		boolean failed = false;
		try (ConfigurableApplicationContext context = StartingUp.start(this.err)) {
			ReturnRequests requests = context.getBean(ReturnRequests.class);
			for (LeadReturns.Lead lead : leads) {
				String address = input.settings().leadEmails().get(lead.lead());
				if (address == null) {
					this.out.println(
							lead.lead() + ": no address in leadEmails; send " + fileName(lead.lead()) + " by hand");
					continue;
				}
				String outcome = requests.send(new ReturnRequests.Request(
						reminder ? ReturnRequests.REMINDER : ReturnRequests.CHANNEL, input.settings().id(),
						rollup.programme().period(), address, written.resolve(fileName(lead.lead())),
						Text.format("%s%s: your return for %s, due %s", reminder ? "Reminder: " : "",
								input.settings().title(), month, Dates.longDay(due)),
						Text.format("Attached is your return for %s (%s): your %d open action%s, with their latest "
								+ "figures.%n%nPlease bring each one up to date in the shaded columns, fill in the "
								+ "cover, and send the workbook back by %s.%n", month, lead.lead(),
								lead.actions().size(), (lead.actions().size() == 1) ? "" : "s", Dates.longDay(due))));
				failed |= outcome.startsWith("failed");
				this.out.println(lead.lead() + " (" + address + "): " + outcome);
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
	 * Every workbook is written into a staging folder first and published together, so a
	 * failure leaves the month's returns folder as it was.
	 */
	private static Path write(Path folder, ProgrammeInput input, Rollup rollup, List<LeadReturns.Lead> leads,
			LocalDate due) throws IOException {
		Path templates = TemplatesFolder.configured();
		TemplatesFolder.require(templates);
		var palette = Templates.of(templates, folder).palette();
		StagedFolder target = new StagedFolder(
				outputRoot().resolve(input.settings().id()).resolve("returns").resolve(rollup.programme().period()));
		Path staging = target.freshStaging();
		try {
			for (LeadReturns.Lead lead : leads) {
				LeadReturnWorkbook.write(rollup, lead, due, palette, staging.resolve(fileName(lead.lead())));
			}
			target.publish();
		}
		catch (IOException | RuntimeException ex) {
			target.discard();
			throw ex;
		}
		return target.published();
	}

	/**
	 * A lead's abbreviation as a file name every system accepts: "HOS C&R" is
	 * {@code HOS-C&R.xlsx}.
	 */
	static String fileName(String lead) {
		String safe = lead.replaceAll("[^A-Za-z0-9&+._-]+", "-").replaceAll("^-+|-+$", "");
		return (safe.isEmpty() ? "lead" : safe) + ".xlsx";
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
