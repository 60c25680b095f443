package org.boardpack.cli;

/** The text of {@code --help} for each verb. */
final class HelpText {

	static final String MAIN = """
			boardpack: the monthly board pack of an improvement programme, in one run.

			Usage: ./boardpack COMMAND [ARGUMENTS]

			Commands:
			  init DIR                                 a new programme folder, ready to run, to make your own
			  run [PROGRAMME_DIR] [--period YYYY-MM] [--updates FILE]
			                                           ingest, rate, roll up and write the pack
			  run DIR1 DIR2 ... | run --all FOLDER      the packs of many programmes, on every processor
			  restart [PROGRAMME_DIR]                  resume the programme's latest run if it did not finish
			  committee [PROGRAMME_DIR] --committee ID --meeting YYYY-MM-DD
			                                           a committee's paper for one of its meetings
			  validate [PROGRAMME_DIR]                 check every input file; changes nothing
			  returns [PROGRAMME_DIR] --period YYYY-MM [--status]
			                                           each lead's return workbook for a month, or who has
			                                           returned
			  check FILE [--period YYYY-MM]            check one return before filing it; changes nothing
			  export [PROGRAMME_DIR] [--period YYYY-MM]
			                                           make the pack of the month just closed and deliver it
			  history [PROGRAMME] [--limit N]          the runs and deliveries in the store, newest first
			  generate [PROGRAMME_DIR] [--seed N]      write illustrative updates and values
			  generate --programmes N [--out DIR]      write synthetic programmes of any size
			  serve [DIR ...] [--all FOLDER]           a service: each programme's pack made and delivered at
			                                           its schedule, with health and status over HTTP
			  worker                                   make the packs of runs of many, on this machine

			PROGRAMME_DIR defaults to jobs/bromley-csc-2016. ./boardpack COMMAND --help tells more.

			Exit status: 0 done, 1 failed, 2 wrong command line, 3 invalid input (nothing stored or written),
			4 another run of the programme in progress, 5 stopped by SIGTERM (run again to resume).
			""";

	static final String INIT = """
			Usage: ./boardpack init DIR

			Makes a new programme folder DIR whose id is the folder's name: three priorities, six actions,
			three indicators, the returns and indicator values of the month just closed and that month's
			narrative. It runs at once (./boardpack run DIR). Every line to replace with your own is marked
			REPLACE; programme.yml says what each setting is. DIR must be new or empty.
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
			--new-store: when boardpack has stopped because the embedded store is damaged, put the damaged
			file aside and start an empty store (docs/faults-and-recovery.md tells what is lost).

			Usage: ./boardpack run DIR1 DIR2 ... [--period YYYY-MM]
			       ./boardpack run --all FOLDER [--period YYYY-MM]

			Runs the pack of each programme folder given, or of every folder in FOLDER that holds a
			programme.yml, as many at once as there are processors. Each programme gets a line saying where
			its pack went or why it failed; one programme's failure does not stop the others. Running the same
			programmes again after a failure or a killed run restarts that run: packs it made are not remade.
			With BOARDPACK_WORKERS=true (PostgreSQL store) the packs are made by workers (./boardpack worker)
			on any machine that reaches the store; see docs/scale-out.md.

			Exit status: 0 done, 1 failed, 2 wrong command line, 3 invalid input (nothing stored or written),
			4 another run of the programme in progress, 5 stopped by SIGTERM (run again to resume).
			""";

	static final String RESTART = """
			Usage: ./boardpack restart [PROGRAMME_DIR]

			Resumes the programme's latest run if it did not finish (it failed, was stopped, or its process
			was killed), for the period that run was for, from the stage where it stopped. Says so when there
			is nothing to resume. Exit status as for run.
			""";

	static final String EXPORT = """
			Usage: ./boardpack export [PROGRAMME_DIR] [--period YYYY-MM]

			Runs the monthly pack for the month just closed (or --period), as run does, then delivers it
			through every channel under delivery: in programme.yml: a folder it is dropped into as
			<folder>/<programme>/<period>/ with its manifest.json, and an e-mail with the PDFs attached.
			For cron, systemd timers and Kubernetes CronJobs.
			Every delivery is recorded. One that already succeeded for this exact pack is not repeated; one
			that fails is tried again with a doubling wait (BOARDPACK_DELIVERY_ATTEMPTS times, first after
			BOARDPACK_DELIVERY_FIRST_DELAY), then recorded as failed, and the next export tries it again.
			The SMTP server comes from BOARDPACK_SMTP_HOST, _PORT, _USER, _FROM and _TLS; its password from
			BOARDPACK_SMTP_PASSWORD or the file smtp-password in the secrets folder, never programme.yml.

			Exit status: 0 made and delivered, 1 failed (a delivery failed: named on the error output),
			2 wrong command line, 3 invalid input (nothing stored or written), 4 another run of the
			programme in progress, 5 stopped by SIGTERM (export again to resume).
			""";

	static final String HISTORY = """
			Usage: ./boardpack history [PROGRAMME] [--limit N]

			Lists the runs of the monthly pack (programme, period, attempt, status, started, ended) and the
			deliveries (finished, channel, outcome, attempts, target, and the error of a failed one), newest
			first, at most N of each (default 20). PROGRAMME is a programme's id or its folder; without it,
			every programme in the store.
			""";

	static final String COMMITTEE = """
			Usage: ./boardpack committee [PROGRAMME_DIR] --committee ID --meeting YYYY-MM-DD

			Writes the paper of one of the committees listed under "committees:" in programme.yml for one of
			its meetings, to output/<programme>/committees/<ID>/<YYYY-MM-DD>/: the board paper (HTML, PDF,
			Word, as the committee's outputs say, and the exception report if it asks for it) with the
			committee's front block and report number, and manifest.json.
			The paper reports the latest month of the programme that closed before the meeting and has returns
			or figures; that month's pack is made first, as ./boardpack run --period would, so the figures agree.
			A meeting keeps its report number when its paper is made again; a new meeting takes the next number
			of its committee's sequence. A meeting that is not the committee's is refused, naming the next ones.

			Exit status: 0 done, 1 failed, 2 wrong command line (unknown committee, not one of its meetings, no
			month closed before it), 3 invalid input (nothing stored or written), 4 another run of the
			programme in progress, 5 stopped by SIGTERM (run the command again to resume).
			""";

	static final String RETURNS = """
			Usage: ./boardpack returns [PROGRAMME_DIR] --period YYYY-MM [--status | --send | --remind]

			Writes one return workbook per lead officer to output/<programme>/returns/<YYYY-MM>/, named by the
			lead's abbreviation: a cover saying whose return it is, for which month and by when, and the lead's
			open actions pre-filled with their latest return, in the tracker's Actions layout. Returns are due on
			the 3rd working day of the following month (programme.yml: returns.dueWorkingDay). Filled-in workbooks go in updates/<YYYY-MM>/, where
			every file is read and merged when the pack is made.
			With --status: each lead with their actions returned and missing, and the due date.
			With --send: also e-mails each lead named in programme.yml's leadEmails their workbook, through the
			SMTP settings of pack delivery; every message is recorded with the deliveries (./boardpack history).
			With --remind: the same, as a reminder, to the leads who have not returned all their actions.
			""";

	static final String CHECK = """
			Usage: ./boardpack check FILE [--period YYYY-MM]

			Checks one update return (a .csv or .xlsx, such as a lead's return workbook) against the programme
			it belongs to, and lists every problem as file:row:column. Nothing is stored or written. The
			programme is the folder above the file's updates/ folder, else jobs/bromley-csc-2016; the period is
			taken from the file's cover, its folder or its name, unless --period gives it.
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

	static final String SERVE = """
			Usage: ./boardpack serve [DIR1 DIR2 ...] [--all FOLDER] [--now YYYY-MM-DDTHH:MM]

			Runs until stopped. Each programme folder given, or each in FOLDER that holds a programme.yml
			(default: every programme under jobs/), is exported at the schedule its programme.yml sets, e.g.
			  schedule: "06:00 on the 5th working day"
			for the month just closed: the pack is made and delivered, and one line is logged saying where it
			went or why it failed. Programmes run in parallel; one programme never twice at once. A changed
			programme.yml is read again within 30 seconds.
			With returns.request in programme.yml (e.g. request: "09:00 on the 1st working day"), each lead in
			leadEmails who has not returned is also e-mailed their return workbook then, and reminded
			reminderDaysBefore working days before the due day; a message missed while serve was stopped is
			sent when it starts, and none is sent twice.
			Health (with /liveness and /readiness) is at http://localhost:PORT/actuator/health and the schedule,
			next and last run of each programme at http://localhost:PORT/actuator/boardpack; PORT is
			BOARDPACK_PORT (default 8080). SIGTERM or Ctrl+C: no new export starts, one running is let end.
			--now: start the clock at this time (London time) when serving starts, to rehearse a schedule.
			""";

	static final String WORKER = """
			Usage: ./boardpack worker

			Runs until stopped, making the packs that runs of many with BOARDPACK_WORKERS=true hand out, one at
			a time, through a queue in the PostgreSQL store (SPRING_PROFILES_ACTIVE=postgres). Start as many
			workers as you like, on any machines that reach the store and the programme and output folders.
			SIGTERM or Ctrl+C: no more packs are taken, the one under way is finished, then it exits; a second
			signal ends it at once, and the pack is made again by another worker. See docs/scale-out.md.
			BOARDPACK_WORKER_NAME names it in the job repository (default: host:process id).
			""";

	private HelpText() {
	}

}
