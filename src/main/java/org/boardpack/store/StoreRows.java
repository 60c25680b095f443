package org.boardpack.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.indicator.Accumulation;
import org.boardpack.indicator.Baseline;
import org.boardpack.indicator.Benchmark;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.indicator.Polarity;
import org.boardpack.indicator.Target;
import org.boardpack.indicator.Unit;
import org.boardpack.plan.Action;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.PlanIssue;
import org.boardpack.plan.Priority;
import org.boardpack.plan.Rag;

/** Maps records to statement parameters and result rows back to records. */
final class StoreRows {

	void set(PreparedStatement ps, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				ps.setNull(i + 1, Types.NULL);
			}
			else {
				ps.setObject(i + 1, value);
			}
		}
	}

	void set(PreparedStatement ps, String id, int seq, Object item) throws SQLException {
		switch (item) {
			case Priority p -> set(ps, id, p.id(), seq, p.title(), p.lead(), p.summary());
			case PlanIssue i -> set(ps, id, i.id(), seq, i.priorityId(), i.description(), i.reference());
			case Action a ->
				set(ps, id, a.id(), seq, a.priorityId(), a.issueId(), a.description(), a.lead(), a.agencies(),
						a.timescale(), ProgrammeStore.sqlDate(a.startDate()), ProgrammeStore.sqlDate(a.dueDate()));
			case Indicator i -> set(ps, id, i.id(), seq, joined(i.priorityIds()), i.title(), i.unit().code(),
					i.polarity().code(), i.accumulation().code(), i.source(), i.key(), i.tolerancePercent(),
					String.join(";", i.appendixCodes()));
			case Benchmark b -> set(ps, id, b.indicatorId(), seq, b.comparator(), b.year(), b.value());
			case Baseline b -> set(ps, id, b.indicatorId(), seq, b.year(), b.value(), b.note());
			default -> throw new IllegalArgumentException("cannot store " + item);
		}
	}

	void set(PreparedStatement ps, String id, Target t) throws SQLException {
		set(ps, id, t.indicatorId(), t.year(), t.low(), t.high());
	}

	void set(PreparedStatement ps, String id, ActionUpdate u) throws SQLException {
		set(ps, id, u.period().toString(), u.actionId(), u.status().code(), u.percentComplete(),
				(u.reportedRag() != null) ? u.reportedRag().code() : null, u.commentary(),
				ProgrammeStore.sqlDate(u.revisedDueDate()), u.rebaselined(), u.updatedBy(),
				ProgrammeStore.sqlDate(u.updatedOn()), u.returnFile(), u.returnLead());
	}

	void set(PreparedStatement ps, String id, IndicatorValue v) throws SQLException {
		set(ps, id, v.indicatorId(), v.period().toString(), v.value(), v.numerator(), v.denominator(), v.note());
	}

	Action action(ResultSet rs) throws SQLException {
		return new Action(rs.getString("action_id"), rs.getString("priority_id"), rs.getString("issue_id"),
				rs.getString("description"), rs.getString("lead"), rs.getString("agencies"), rs.getString("timescale"),
				ProgrammeStore.localDate(rs, "start_date"), ProgrammeStore.localDate(rs, "due_date"));
	}

	Indicator indicator(ResultSet rs) throws SQLException {
		return new Indicator(rs.getString("indicator_id"), split(rs.getString("priority_id")), rs.getString("title"),
				Unit.parse(rs.getString("unit")), Polarity.parse(rs.getString("polarity")),
				Accumulation.parse(rs.getString("accumulation")), rs.getString("source"), rs.getBoolean("is_key"),
				nullable(rs, "tolerance"), split(rs.getString("appendix_codes")));
	}

	/** An indicator's priorities as stored: joined with ";", or null for none. */
	private static String joined(List<String> ids) {
		return ids.isEmpty() ? null : String.join(";", ids);
	}

	private static List<String> split(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split(";"));
	}

	ActionUpdate update(ResultSet rs) throws SQLException {
		String rag = rs.getString("rag");
		return new ActionUpdate(YearMonth.parse(rs.getString("period")), rs.getString("action_id"),
				ActionStatus.parse(rs.getString("status")), rs.getInt("percent_complete"),
				(rag != null) ? Rag.parse(rag) : null, rs.getString("commentary"),
				ProgrammeStore.localDate(rs, "revised_due_date"), rs.getBoolean("rebaselined"),
				rs.getString("updated_by"), ProgrammeStore.localDate(rs, "updated_on"), rs.getString("return_file"),
				rs.getString("return_lead"));
	}

	IndicatorValue value(ResultSet rs) throws SQLException {
		return new IndicatorValue(rs.getString("indicator_id"), YearMonth.parse(rs.getString("period")),
				rs.getDouble("figure"), nullable(rs, "numerator"), nullable(rs, "denominator"), rs.getString("note"));
	}

	private static Double nullable(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

}
