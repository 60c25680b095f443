package org.boardpack.job;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs of the monthly pack as Spring Batch's own tables record them, found by their
 * job parameters: the one place that reads those tables with SQL. Plain SQL that H2 and
 * PostgreSQL both run.
 */
@Component
public class PackRuns {

	private static final String RUNS = """
			select e.job_execution_id, p.parameter_value as programme, q.parameter_value as period,
			a.parameter_value as attempt, e.status, e.start_time, e.end_time
			from batch_job_execution e
			join batch_job_instance i on i.job_instance_id = e.job_instance_id
			join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
			  and p.parameter_name = 'programme'
			join batch_job_execution_params q on q.job_execution_id = e.job_execution_id
			  and q.parameter_name = 'period'
			join batch_job_execution_params a on a.job_execution_id = e.job_execution_id
			  and a.parameter_name = 'attempt'
			where i.job_name = ? %s
			order by %s
			fetch first ? rows only""";

	private static final String NEWEST_FIRST = "e.create_time desc, e.job_execution_id desc";

	private final JdbcTemplate jdbc;

	PackRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One execution of the monthly pack: a programme and period, its attempt number and
	 * its Spring Batch status.
	 */
	public record Run(long executionId, String programme, String period, long attempt, String status,
			LocalDateTime started, LocalDateTime ended) {
	}

	/**
	 * The latest runs, newest first, at most {@code limit}, of one programme
	 * ({@code null} for all).
	 */
	public List<Run> latest(String programme, int limit) {
		return (programme != null) ? query("and p.parameter_value = ?", NEWEST_FIRST, limit, programme)
				: query("", NEWEST_FIRST, limit);
	}

	/** The programme's latest run, of any period, or null. */
	Run latest(String programme) {
		List<Run> runs = latest(programme, 1);
		return runs.isEmpty() ? null : runs.get(0);
	}

	/**
	 * The latest execution of the latest attempt at a programme and period, or null. Only
	 * that programme's and period's executions are read, so the cost does not grow with
	 * the runs of other programmes and periods.
	 */
	Run latestAttempt(String programme, YearMonth period) {
		List<Run> runs = query("and p.parameter_value = ? and q.parameter_value = ?", NEWEST_FIRST, Integer.MAX_VALUE,
				programme, period.toString());
		return runs.stream()
			.max(Comparator.comparingLong(Run::attempt).thenComparingLong(Run::executionId))
			.orElse(null);
	}

	/** The programme's latest run that the job repository shows as running, or null. */
	Run running(String programme) {
		List<Run> runs = query("and p.parameter_value = ? and e.status in ('STARTING', 'STARTED', 'STOPPING') "
				+ "and e.start_time is not null", "e.start_time desc", 1, programme);
		return runs.isEmpty() ? null : runs.get(0);
	}

	private List<Run> query(String where, String order, int limit, Object... values) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(MonthlyPackJobConfiguration.JOB);
		arguments.addAll(List.of(values));
		arguments.add(limit);
		return this.jdbc.query(RUNS.formatted(where, order),
				(rs, n) -> new Run(rs.getLong("job_execution_id"), rs.getString("programme"), rs.getString("period"),
						Long.parseLong(rs.getString("attempt")), rs.getString("status"),
						rs.getObject("start_time", LocalDateTime.class), rs.getObject("end_time", LocalDateTime.class)),
				arguments.toArray());
	}

}
