package org.boardpack.render.exceptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;

/**
 * A purpose-built programme in the documented input format, whose exceptions in March
 * 2017 are known: one overdue action, one slipped, one overdue and reported green (to
 * challenge), one without an update, one red and worsening indicator, one worsening
 * indicator and one without the value it had last period. Its clean twin has none.
 */
final class SmallProgramme {

	static final YearMonth MARCH = YearMonth.of(2017, 3);

	static final String SETTINGS = """
			id: small-plan
			title: Small improvement plan
			authority: Test Borough
			board: Improvement Board
			start: 2017-01
			end: 2017-12
			dataLabel: "Test data: made up for the tests."
			leads:
			  DCS: Director of Children's Services
			  HOS QI: Head of Service, Quality Improvement
			""";

	private static final String PRIORITIES = """
			priority_id,title,lead,summary
			1,Leadership,DCS,A permanent director
			2,Quality assurance,HOS QI,Audits and reviews
			""";

	private static final String ACTIONS = """
			action_id,priority_id,issue_id,description,lead,agencies,timescale,start_date,due_date
			1.1,1,,Appoint a permanent director,DCS,,Jan - Feb 17,2017-01-01,2017-02-28
			1.2,1,,Publish the sufficiency strategy,HOS QI,,Jan - Jun 17,2017-01-01,2017-06-30
			1.3,1,,Train every social worker,DCS/HOS QI,,Jan 17,2017-01-01,2017-01-31
			2.1,2,,Audit case files monthly,HOS QI,,Jan - Dec 17,2017-01-01,2017-12-31
			2.2,2,,Set up the adoption panel,HOS QI,,Jan 17,2017-01-01,2017-01-31
			2.3,2,,Review placements,DCS,,Jan - Sep 17,2017-01-01,2017-09-30
			""";

	private static final String HEADER = "action_id,status,percent_complete,rag,commentary,revised_due_date,"
			+ "rebaselined,updated_by,updated_on\n";

	private static final String JANUARY = HEADER + """
			1.1,in-progress,30,amber,Shortlist agreed,,,DCS,2017-01-31
			1.2,in-progress,10,green,Drafting,,,HOS QI,2017-01-31
			1.3,in-progress,50,green,Courses booked,,,DCS,2017-01-31
			2.1,in-progress,10,green,First audits done,,,HOS QI,2017-01-31
			2.2,complete,100,blue,Panel met,,,HOS QI,2017-01-31
			2.3,in-progress,10,green,Started,,,DCS,2017-01-31
			""";

	private static final String FEBRUARY = HEADER + """
			1.1,in-progress,50,amber,Interviews held,,,DCS,2017-02-28
			1.2,in-progress,20,green,Drafting,,,HOS QI,2017-02-28
			1.3,in-progress,70,green,Most trained,,,DCS,2017-02-28
			2.1,in-progress,20,green,Audits on track,,,HOS QI,2017-02-28
			2.3,in-progress,20,green,On track,,,DCS,2017-02-28
			""";

	private static final String MARCH_RETURNS = HEADER + """
			1.1,in-progress,60,red,Preferred candidate withdrew,,,DCS,2017-03-31
			1.2,in-progress,40,amber,Consultation ran late,2017-08-31,,HOS QI,2017-03-31
			1.3,in-progress,80,green,Nearly there,,,DCS,2017-03-31
			2.3,in-progress,30,green,On track,,,DCS,2017-03-31
			""";

	private static final String CLEAN_MARCH = HEADER + """
			1.1,complete,100,blue,Appointed,,,DCS,2017-03-31
			1.2,in-progress,40,green,On track,,,HOS QI,2017-03-31
			1.3,complete,100,blue,All trained,,,DCS,2017-03-31
			2.1,in-progress,30,green,Audits on track,,,HOS QI,2017-03-31
			2.3,in-progress,30,green,On track,,,DCS,2017-03-31
			""";

	private static final String INDICATORS = """
			indicator_id,priority_id,title,unit,polarity,accumulation,source,type,tolerance
			A1,1,Assessments completed within 45 days,percent,higher-better,in-month,Case system,key,
			A2,2,Children on a plan for a second time,count,lower-better,snapshot,Case system,,
			A3,2,Visits on time,percent,higher-better,in-month,Case system,,
			A4,1,Case file audits completed,count,higher-better,in-month,Audits,,
			""";

	private static final String TARGETS = """
			indicator_id,year,target
			A1,2016/17,80
			A2,2016/17,10
			A3,2016/17,50
			A4,2016/17,20
			""";

	private static final String VALUES = """
			indicator_id,period,value,numerator,denominator,note
			A1,2017-01,70,,,
			A1,2017-02,65,,,
			A1,2017-03,60,,,
			A2,2017-01,5,,,
			A2,2017-02,6,,,
			A2,2017-03,7,,,
			A3,2017-01,55,,,
			A3,2017-02,56,,,
			A4,2017-01,22,,,
			A4,2017-02,21,,,
			A4,2017-03,23,,,
			""";

	private static final String CLEAN_VALUES = """
			indicator_id,period,value,numerator,denominator,note
			A1,2017-02,81,,,
			A1,2017-03,85,,,
			A2,2017-02,6,,,
			A2,2017-03,5,,,
			A3,2017-02,56,,,
			A3,2017-03,57,,,
			A4,2017-02,21,,,
			A4,2017-03,23,,,
			""";

	private SmallProgramme() {
	}

	/**
	 * The programme with its known exceptions, written into {@code parent/small-plan}.
	 */
	static Path withExceptions(Path parent) throws IOException {
		return programme(parent, MARCH_RETURNS, VALUES);
	}

	/** The same plan in a month when everything is on track. */
	static Path clean(Path parent) throws IOException {
		return programme(parent, CLEAN_MARCH, CLEAN_VALUES);
	}

	static Rollup rollup(Path folder) {
		return new RollupBuilder(ProgrammeReader.read(folder)).build(MARCH);
	}

	private static Path programme(Path parent, String march, String values) throws IOException {
		Path folder = parent.resolve("small-plan");
		write(folder, "programme.yml", SETTINGS);
		write(folder, "plan/priorities.csv", PRIORITIES);
		write(folder, "plan/actions.csv", ACTIONS);
		write(folder, "updates/2017-01.csv", JANUARY);
		write(folder, "updates/2017-02.csv", FEBRUARY);
		write(folder, "updates/2017-03.csv", march);
		write(folder, "indicators/indicators.csv", INDICATORS);
		write(folder, "indicators/targets.csv", TARGETS);
		write(folder, "indicators/values.csv", values);
		return folder;
	}

	static void write(Path folder, String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
