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
 * A programme's stored returns, read action by action: the planned actions are taken in
 * ranges of a few thousand ids, and each range's returns are read through the index on
 * (programme, action, period). A range is small enough for the database to order in
 * memory, and only one action's returns are held at a time. (One query for all the
 * returns of a large plan had H2 write millions of rows to a temporary result first.)
 */
final class StoredHistory implements UpdateHistory {

	private static final int FETCH = 1000;

	private static final int ACTIONS_PER_QUERY = 2000;

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
		List<String> planned = this.jdbc.queryForList(
				"select action_id from plan_action where programme_id = ? order by action_id", String.class, this.id);
		for (int first = 0; first < planned.size(); first += ACTIONS_PER_QUERY) {
			String last = planned.get(Math.min(first + ACTIONS_PER_QUERY, planned.size()) - 1);
			forEachAction(planned.get(first), last, action);
		}
	}

	private void forEachAction(String from, String to, Consumer<List<ActionUpdate>> action) {
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
					+ "where programme_id = ? and action_id >= ? and action_id <= ? and period <= ? "
					+ "order by programme_id, action_id, period");
			statement.setFetchSize(FETCH);
			statement.setString(1, this.id);
			statement.setString(2, from);
			statement.setString(3, to);
			statement.setString(4, this.upTo.toString());
			return statement;
		}, handler);
		if (!current.isEmpty()) {
			action.accept(List.copyOf(current));
		}
	}

	@Override
	public boolean hasReturns(YearMonth period) {
		return !this.jdbc
			.queryForList("select action_id from action_update where programme_id = ? and period = ? "
					+ "fetch first 1 rows only", String.class, this.id, period.toString())
			.isEmpty();
	}

}
