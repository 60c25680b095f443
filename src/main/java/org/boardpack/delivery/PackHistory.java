package org.boardpack.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import org.boardpack.job.PackRuns;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs of the monthly pack, from Spring Batch's own tables, and the deliveries, from
 * ours: newest first, for one programme or all. Plain SQL that H2 and PostgreSQL both
 * run.
 */
@Component
public class PackHistory {

	private static final String DELIVERIES = """
			select programme_id, period, channel, target, outcome, attempts, error, started_at, finished_at
			from delivery %s order by finished_at desc, delivery_id desc
			fetch first ? rows only""";

	private final JdbcTemplate jdbc;

	private final PackRuns runs;

	PackHistory(JdbcTemplate jdbc, PackRuns runs) {
		this.jdbc = jdbc;
		this.runs = runs;
	}

	/** One delivery as recorded; {@code error} is null unless it failed. */
	public record Delivery(String programme, String period, String channel, String target, String outcome, int attempts,
			String error, LocalDateTime started, LocalDateTime finished) {
	}

	/**
	 * The latest runs, at most {@code limit}, of one programme ({@code null} for all).
	 */
	public List<PackRuns.Run> runs(String programme, int limit) {
		return this.runs.latest(programme, limit);
	}

	/**
	 * The latest deliveries, at most {@code limit}, of one programme ({@code null} for
	 * all).
	 */
	public List<Delivery> deliveries(String programme, int limit) {
		return query(DELIVERIES.formatted((programme != null) ? "where programme_id = ?" : ""), programme, limit,
				(rs) -> new Delivery(rs.getString("programme_id"), rs.getString("period"), rs.getString("channel"),
						rs.getString("target"), rs.getString("outcome"), rs.getInt("attempts"), rs.getString("error"),
						time(rs, "started_at"), time(rs, "finished_at")));
	}

	private <T> List<T> query(String sql, String programme, int limit, Row<T> row) {
		// FETCH FIRST is the standard SQL both H2 and PostgreSQL take, so only the rows
		// shown are read
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
