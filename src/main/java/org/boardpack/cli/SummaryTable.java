package org.boardpack.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.boardpack.input.Counted;
import org.boardpack.input.Percent;
import org.boardpack.rating.RagCounts;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.rollup.Rollup;

/** The console summary of a run: one line per priority and one for the programme. */
final class SummaryTable {

	private static final String ROW = "%-4s %-44s %-6s %5s %5s %5s %5s %5s %5s %6s %7s %6s  %s%n";

	private final PrintStream out;

	SummaryTable(PrintStream out) {
		this.out = out;
	}

	void print(Rollup rollup) {
		ProgrammeRollup p = rollup.programme();
		this.out.printf(Locale.ROOT, "%s, %s: as at %s%n", p.authority(), p.title(), p.periodName());
		if (p.dataLabel() != null) {
			this.out.println(p.dataLabel());
		}
		this.out.println();
		this.out.printf(Locale.ROOT, ROW, "", "Priority", "RAG", "Acts", "Blue", "Green", "Amber", "Red", "Grey",
				"Cancel", "No upd", "Done", "Since last period");
		for (PriorityRollup priority : rollup.priorities()) {
			row(priority.id(), priority.title(), priority.rag().word(), priority.counts(), priority.updatesMissing(),
					priority.percentComplete(), priority.direction().word());
		}
		row("", "Programme", p.rag().word(), p.counts(), p.updatesMissing(), p.percentComplete(), p.direction().word());
		this.out.printf(Locale.ROOT, "%nProgramme %s: %s%n", p.rag().word(), p.reason());
		this.out.printf(Locale.ROOT, "%s complete, %s of the programme's time elapsed; %s to challenge, %s missing.%n",
				Percent.shown(p.percentComplete()), Percent.shown(p.percentTimeElapsed()),
				Counted.of(p.conflicts(), "conflict"), Counted.of(p.updatesMissing(), "update"));
	}

	private void row(String id, String title, String rag, RagCounts c, int missing, double complete, String travel) {
		String name = (title.length() > 44) ? title.substring(0, 43) + "…" : title;
		this.out.printf(Locale.ROOT, ROW, id, name, rag, c.total(), c.blue(), c.green(), c.amber(), c.red(), c.grey(),
				c.cancelled(), missing, Percent.shown(complete), travel);
	}

}
