package org.boardpack.returns.asking;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.input.Counted;
import org.boardpack.delivery.ReturnRequests;
import org.boardpack.input.Text;
import org.boardpack.pack.Templates;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.rating.Dates;
import org.boardpack.render.excel.LeadReturnWorkbook;
import org.boardpack.returns.LeadReturns;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.boardpack.system.StagedFolder;
import org.boardpack.system.TemplatesFolder;

/**
 * One month's returns as the leads are asked for them: each lead's open actions, the date
 * they are due, each lead's workbook, and the e-mail that carries it. {@code returns} and
 * {@code serve} both ask through it, so a lead gets the same workbook and words from
 * either.
 */
public record MonthOfReturns(Path folder, ProgrammeInput input, Rollup rollup, List<LeadReturns.Lead> leads,
		LocalDate due) {

	/** The month of the programme read from {@code folder}, as its files say now. */
	public static MonthOfReturns of(Path folder, ProgrammeInput input, YearMonth period) {
		Rollup rollup = new RollupBuilder(input).build(period);
		return new MonthOfReturns(folder, input, rollup, LeadReturns.of(rollup, input),
				LeadReturns.due(period, input.settings()));
	}

	/**
	 * Writes every lead's workbook to {@code <output>/<programme>/returns/<YYYY-MM>/},
	 * coloured by the palette in {@code templates}, and returns that folder. The
	 * workbooks are written into a staging folder first and published together, so a
	 * failure leaves the month's returns folder as it was.
	 */
	public Path writeWorkbooks(Path output, Path templates) throws IOException {
		TemplatesFolder.require(templates);
		var palette = Templates.of(templates, this.folder).palette();
		StagedFolder target = new StagedFolder(output.resolve(this.input.settings().id())
			.resolve("returns")
			.resolve(this.rollup.programme().period()));
		Path staging = target.freshStaging();
		try {
			for (LeadReturns.Lead lead : this.leads) {
				LeadReturnWorkbook.write(this.rollup, lead, this.due, palette, staging.resolve(fileName(lead.lead())));
			}
			target.publish();
		}
		catch (IOException | RuntimeException ex) {
			target.discard();
			throw ex;
		}
		return target.published();
	}

	/** The lead's address in {@code leadEmails}, or null when it has none. */
	public String address(LeadReturns.Lead lead) {
		return this.input.settings().leadEmails().get(lead.lead());
	}

	/**
	 * The message asking the lead for their return (or reminding them), with their
	 * workbook from {@code workbooks} attached; null when the lead has no address.
	 */
	public ReturnRequests.Request request(LeadReturns.Lead lead, Path workbooks, boolean reminder) {
		String address = address(lead);
		if (address == null) {
			return null;
		}
		String month = this.rollup.programme().periodName();
		String due = Dates.longDay(this.due);
		int open = lead.actions().size();
		return new ReturnRequests.Request(reminder ? ReturnRequests.REMINDER : ReturnRequests.CHANNEL,
				this.input.settings().id(), this.rollup.programme().period(), address,
				workbooks.resolve(fileName(lead.lead())),
				Text.format("%s%s: your return for %s, due %s", reminder ? "Reminder: " : "",
						this.input.settings().title(), month, due),
				Text.format("Attached is your return for %s (%s): your %s, with their latest "
						+ "figures.%n%nPlease bring each one up to date in the shaded columns, fill in the cover, "
						+ "and send the workbook back by %s.%n", month, lead.lead(), Counted.of(open, "open action"),
						due));
	}

	/**
	 * A lead's abbreviation as a file name every system accepts: "HOS C&R" is
	 * {@code HOS-C&R.xlsx}.
	 */
	public static String fileName(String lead) {
		String safe = lead.replaceAll("[^A-Za-z0-9&+._-]+", "-").replaceAll("^-+|-+$", "");
		return (safe.isEmpty() ? "lead" : safe) + ".xlsx";
	}

}
