package org.boardpack.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs of the monthly pack, from Spring Batch's own tables, and the deliveries, from ours: newest first,
 * for one programme or all. Plain SQL that H2 and PostgreSQL both run.
 */
@Component
public class PackHistory {

	private static final String RUNS = """
			select p.parameter_value as programme, q.parameter_value as period, a.parameter_value as attempt,
			e.status, e.start_time, e.end_time
			from batch_job_execution e
			join batch_job_instance i on i.job_instance_id = e.job_instance_id
			join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
			  and p.parameter_name = 'programme'
			join batch_job_execution_params q on q.job_execution_id = e.job_execution_id
			  and q.parameter_name = 'period'
			join batch_job_execution_params a on a.job_execution_id = e.job_execution_id
			  and a.parameter_name = 'attempt'
			where i.job_name = 'monthlyPack' %s
			order by e.create_time desc, e.job_execution_id desc
			fetch first ? rows only""";

	private static final String DELIVERIES = """
			select programme_id, period, channel, target, outcome, attempts, error, started_at, finished_at
			from delivery %s order by finished_at desc, delivery_id desc
			fetch first ? rows only""";

	private final JdbcTemplate jdbc;

	PackHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One run of the monthly pack: a programme and period, its attempt number and its Spring Batch status. */
	public record Run(String programme, String period, long attempt, String status, LocalDateTime started,
			LocalDateTime ended) {
	}

	/** One delivery as recorded; {@code error} is null unless it failed. */
	public record Delivery(String programme, String period, String channel, String target, String outcome,
			int attempts, String error, LocalDateTime started, LocalDateTime finished) {
	}

	/** The latest runs, at most {@code limit}, of one programme ({@code null} for all). */
	public List<Run> runs(String programme, int limit) {
		return query(RUNS.formatted((programme != null) ? "and p.parameter_value = ?" : ""), programme, limit,
				(rs) -> new Run(rs.getString("programme"), rs.getString("period"),
						Long.parseLong(rs.getString("attempt")), rs.getString("status"), time(rs, "start_time"),
						time(rs, "end_time")));
	}

	/** The latest deliveries, at most {@code limit}, of one programme ({@code null} for all). */
	public List<Delivery> deliveries(String programme, int limit) {
		return query(DELIVERIES.formatted((programme != null) ? "where programme_id = ?" : ""), programme, limit,
				(rs) -> new Delivery(rs.getString("programme_id"), rs.getString("period"), rs.getString("channel"),
						rs.getString("target"), rs.getString("outcome"), rs.getInt("attempts"), rs.getString("error"),
						time(rs, "started_at"), time(rs, "finished_at")));
	}

	private <T> List<T> query(String sql, String programme, int limit, Row<T> row) {
		// FETCH FIRST is the standard SQL both H2 and PostgreSQL take, so only the rows shown are read
		Object[] arguments = (programme != null) ? new Object[] { programme, limit } : new Object[] { limit };
		return this.jdbc.query(sql, (rs, n) -> row.map(rs), arguments);
	}

	private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

	private interface Row<T> {

		T map(ResultSet rs) throws SQLException;

	}

}
