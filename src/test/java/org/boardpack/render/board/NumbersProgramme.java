package org.boardpack.render.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;

/**
 * A purpose-built programme in the documented input format whose figures in its first
 * month, January 2017, are known: priority 1 has one action completed this month and one
 * overdue, the only open one; priority 2 has nine actions complete and one at 97% with no
 * due date to rate it by, so 99.7% complete and still open; priority 3 has two open
 * actions on track and three cancelled; priority 4 has one action not yet due to start.
 * Its indicators have targets for 2016/17 and 2017/18 (a trend across both by June), a
 * count near zero, and one with a single figure.
 */
final class NumbersProgramme {

	static final YearMonth JANUARY = YearMonth.of(2017, 1);

	/** A month of the next financial year, whose trend spans two years' targets. */
	static final YearMonth JUNE = YearMonth.of(2017, 6);

	private static final String SETTINGS = """
			id: numbers-plan
			title: Numbers plan
			authority: Test Borough
			board: Improvement Board
			start: 2017-01
			end: 2017-12
			leads:
			  DCS: Director of Children's Services
			""";

	private static final String PRIORITIES = """
			priority_id,title,lead,summary
			1,Leadership,DCS,
			2,Quality assurance,DCS,
			3,Partnership,DCS,
			4,Commissioning,DCS,
			""";

	private static final String ACTIONS = """
			action_id,priority_id,issue_id,description,lead,agencies,timescale,start_date,due_date
			1.1,1,,Appoint a director,DCS,,Jan 17,2017-01-01,2017-01-31
			1.2,1,,Write the strategy,DCS,,Dec 16,2016-12-01,2016-12-31
			%s
			2.10,2,,Audit case files,DCS,,Annually,,
			3.1,3,,Agree the protocol,DCS,,Jan - Dec 17,2017-01-01,2017-12-31
			3.2,3,,Train the partners,DCS,,Jan - Dec 17,2017-01-01,2017-12-31
			3.3,3,,Merge the boards,DCS,,Jan - Dec 17,2017-01-01,2017-12-31
			3.4,3,,Share one budget,DCS,,Jan - Dec 17,2017-01-01,2017-12-31
			3.5,3,,Move offices,DCS,,Jan - Dec 17,2017-01-01,2017-12-31
			4.1,4,,Let the contract,DCS,,Jun - Sep 17,2017-06-01,2017-09-30
			""";

	private static final String HEADER = "action_id,status,percent_complete,rag,commentary,revised_due_date,"
			+ "rebaselined,updated_by,updated_on\n";

	private static final String RETURNS = HEADER + """
			1.1,complete,100,,Appointed,,,DCS,2017-01-31
			1.2,in-progress,60,,Drafting,,,DCS,2017-01-31
			%s
			2.10,in-progress,97,,Nearly done,,,DCS,2017-01-31
			3.1,in-progress,20,,Started,,,DCS,2017-01-31
			3.2,in-progress,20,,Started,,,DCS,2017-01-31
			3.3,cancelled,0,,Not needed,,,DCS,2017-01-31
			3.4,cancelled,0,,Not needed,,,DCS,2017-01-31
			3.5,cancelled,0,,Not needed,,,DCS,2017-01-31
			4.1,not-started,0,,,,,DCS,2017-01-31
			""";

	private static final String INDICATORS = """
			indicator_id,priority_id,title,unit,polarity,accumulation,source,type,tolerance
			I1,1,Assessments within 45 days,percent,higher-better,in-month,Case system,key,
			I2,1,Foster carers approved,count,higher-better,in-month,Case system,,
			I3,1,Audits completed,count,higher-better,in-month,Audits,,
			""";

	private static final String TARGETS = """
			indicator_id,year,target
			I1,2016/17,80
			I1,2017/18,90
			I2,2016/17,10
			""";

	private static final String VALUES = """
			indicator_id,period,value,numerator,denominator,note
			I1,2017-01,78,,,
			I1,2017-02,80,,,
			I1,2017-03,82,,,
			I1,2017-04,85,,,
			I1,2017-05,86,,,
			I1,2017-06,88,,,
			I2,2017-01,5,,,
			I2,2017-02,8,,,
			I2,2017-03,12,,,
			I3,2017-01,4,,,
			""";

	private NumbersProgramme() {
	}

	/** Writes the programme into {@code parent/numbers-plan}. */
	static Path write(Path parent) throws IOException {
		Path folder = parent.resolve("numbers-plan");
		StringBuilder complete = new StringBuilder();
		StringBuilder returns = new StringBuilder();
		for (int i = 1; i <= 9; i++) {
			complete.append("2.%d,2,,Review team %d,DCS,,Jan 17,2017-01-01,2017-01-31\n".formatted(i, i));
			returns.append("2.%d,complete,100,,Reviewed,,,DCS,2017-01-31\n".formatted(i));
		}
		write(folder, "programme.yml", SETTINGS);
		write(folder, "plan/priorities.csv", PRIORITIES);
		write(folder, "plan/actions.csv", ACTIONS.formatted(complete.toString().strip()));
		write(folder, "updates/2017-01.csv", RETURNS.formatted(returns.toString().strip()));
		write(folder, "indicators/indicators.csv", INDICATORS);
		write(folder, "indicators/targets.csv", TARGETS);
		write(folder, "indicators/values.csv", VALUES);
		return folder;
	}

	static Rollup rollup(Path folder, YearMonth period) {
		return new RollupBuilder(ProgrammeReader.read(folder)).build(period);
	}

	private static void write(Path folder, String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
