package org.boardpack.cli;

/** The text of {@code --help} for each verb. */
final class HelpText {

	static final String MAIN = """
			boardpack: the monthly board pack of an improvement programme, in one run.

			Usage: ./boardpack COMMAND [ARGUMENTS]

			Commands:
			  run [PROGRAMME_DIR] [--period YYYY-MM] [--updates FILE]
			                                           ingest, rate, roll up and write the pack
			  run DIR1 DIR2 ... | run --all FOLDER      the packs of many programmes, on every processor
			  restart [PROGRAMME_DIR]                  resume the programme's latest run if it did not finish
			  validate [PROGRAMME_DIR]                 check every input file; changes nothing
			  generate [PROGRAMME_DIR] [--seed N]      write illustrative updates and values
			  generate --programmes N [--out DIR]      write synthetic programmes of any size

			PROGRAMME_DIR defaults to jobs/bromley-csc-2016. ./boardpack COMMAND --help tells more.

			Exit status: 0 done, 1 failed, 2 wrong command line, 3 invalid input (nothing stored or written),
			4 another run of the programme in progress, 5 stopped by SIGTERM (run again to resume).
			""";

	static final String RUN = """
			Usage: ./boardpack run [PROGRAMME_DIR] [--period YYYY-MM] [--updates FILE]

			Reads and validates the programme folder, stores it, rates every action and indicator as at the
			last day of the period, and writes the pack to output/<programme>/<period>/.
			Without --period: the latest period with an update return or indicator values.
			Running a period again replaces its data and outputs; a failed, stopped or killed run is resumed
			where it stopped while its input files are unchanged, with the same outputs as a run never
			interrupted. One run per programme at a time: another run of the same programme, in this process
			or another (PostgreSQL), is refused with exit status 4. SIGTERM stops the run between stages,
			leaves the published pack as it was and exits with status 5; run again to resume.
			--updates FILE: file a return for --period (a filled-in rag-tracker.xlsx, or a CSV) as
			updates/YYYY-MM.xlsx (or .csv) and run with it; an invalid return is listed and not filed.

			Usage: ./boardpack run DIR1 DIR2 ... [--period YYYY-MM]
			       ./boardpack run --all FOLDER [--period YYYY-MM]

			Runs the pack of each programme folder given, or of every folder in FOLDER that holds a
			programme.yml, as many at once as there are processors. Each programme gets a line saying where
			its pack went or why it failed; one programme's failure does not stop the others.

			Exit status: 0 done, 1 failed, 2 wrong command line, 3 invalid input (nothing stored or written),
			4 another run of the programme in progress, 5 stopped by SIGTERM (run again to resume).
			""";

	static final String RESTART = """
			Usage: ./boardpack restart [PROGRAMME_DIR]

			Resumes the programme's latest run if it did not finish (it failed, was stopped, or its process
			was killed), for the period that run was for, from the stage where it stopped. Says so when there
			is nothing to resume. Exit status as for run.
			""";

	static final String VALIDATE = """
			Usage: ./boardpack validate [PROGRAMME_DIR]

			Checks every input file of the programme and lists every problem as file:row:column: problem.
			Changes nothing. Exit status: 0 valid, 3 problems found.
			""";

	static final String GENERATE = """
			Usage: ./boardpack generate [PROGRAMME_DIR] [--seed N] [--from YYYY-MM] [--to YYYY-MM]

			Writes an illustrative set of monthly update returns (updates/YYYY-MM.csv) and indicator values
			(indicators/values.csv) from the programme's plan and indicators, for every month from --from to
			--to (default: the whole programme). The same seed gives the same files. Values of other months,
			and real figures (values with a note), are kept.

			Usage: ./boardpack generate --programmes N [--actions M] [--indicators K] [--periods T]
			                            [--seed S] [--out DIR]

			Writes N synthetic programmes, DIR/synthetic-001 onwards (default DIR output/synthetic), each
			with M actions (default 300), K indicators (120) and T months (36) of returns and values, in the
			documented input format. The same seed gives the same files.
			""";

	private HelpText() {
	}

}
