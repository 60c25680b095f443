package org.boardpack.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.boardpack.plan.ActionUpdate;
import org.boardpack.rollup.UpdateHistory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * A programme's stored returns, streamed action by action in the order of the index on (programme, action,
 * period): only one action's returns are held at a time.
 */
final class StoredHistory implements UpdateHistory {

	private static final int FETCH = 1000;

	private final JdbcTemplate jdbc;

	private final StoreRows rows;

	private final String id;

	private final YearMonth upTo;

	StoredHistory(JdbcTemplate jdbc, StoreRows rows, String id, YearMonth upTo) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.id = id;
		this.upTo = upTo;
	}

	@Override
	public void forEachAction(Consumer<List<ActionUpdate>> action) {
		List<ActionUpdate> current = new ArrayList<>();
		RowCallbackHandler handler = (ResultSet rs) -> {
			ActionUpdate update = this.rows.update(rs);
			if (!current.isEmpty() && !current.get(0).actionId().equals(update.actionId())) {
				action.accept(List.copyOf(current));
				current.clear();
			}
			current.add(update);
		};
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement("select * from action_update "
					+ "where programme_id = ? and period <= ? order by programme_id, action_id, period");
			statement.setFetchSize(FETCH);
			statement.setString(1, this.id);
			statement.setString(2, this.upTo.toString());
			return statement;
		}, handler);
		if (!current.isEmpty()) {
			action.accept(List.copyOf(current));
		}
	}

	@Override
	public boolean hasReturns(YearMonth period) {
		return !this.jdbc.queryForList("select action_id from action_update where programme_id = ? and period = ? "
				+ "fetch first 1 rows only", String.class, this.id, period.toString()).isEmpty();
	}

}
