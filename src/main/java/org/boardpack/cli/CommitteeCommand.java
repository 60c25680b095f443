package org.boardpack.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.boardpack.BoardpackApplication;
import org.boardpack.committee.CommitteeMeeting;
import org.boardpack.committee.CommitteeNarrative;
import org.boardpack.committee.CommitteePapers;
import org.boardpack.job.RunningPacks;
import org.boardpack.narrative.Narrative;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code committee}: a committee's paper for one meeting. The folder, the committee and
 * the meeting are all checked before anything starts, so a wrong command line or bad
 * input writes nothing.
 */
final class CommitteeCommand {

	private final PrintStream out;

	private final PrintStream err;

	CommitteeCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run(Arguments arguments) throws Exception {
		if (arguments.help()) {
			this.out.print(HelpText.COMMITTEE);
			return ExitCode.OK;
		}
		Path folder = Path.of(arguments.single(Cli.defaultProgramme()));
		ProgrammeInput input = ProgrammeReader.read(folder);
		CommitteeMeeting meeting;
		try {
			meeting = CommitteeMeeting.of(input, arguments.option("committee", null),
					arguments.option("meeting", null));
		}
		catch (CommitteeMeeting.RefusedException ex) {
			throw new Arguments.UsageException(ex.getMessage());
		}
		Narrative narrative = CommitteeNarrative.read(folder, input, meeting);
		try (ConfigurableApplicationContext context = new SpringApplication(BoardpackApplication.class).run();
				StopOnTerm stop = StopOnTerm.install(context.getBean(RunningPacks.class), this.err)) {
			CommitteePapers.Written written = context.getBean(CommitteePapers.class)
				.write(folder, input, meeting, narrative);
			this.out.printf("%s paper %s for the meeting on %s, from the pack for %s (%s).%n",
					meeting.committee().name(), written.reportNumber(), meeting.longDate(), meeting.period(),
					written.newNumber() ? "a new report number" : "its number kept from before");
			this.out.println("Written to " + written.folder());
		}
		return ExitCode.OK;
	}

}
