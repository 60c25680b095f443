package org.boardpack.delivery;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code delivery} table: one row for each delivery made or given up, read to avoid
 * repeating a success.
 */
@Component
class DeliveryRecords {

	static final String DELIVERED = "delivered";

	static final String FAILED = "failed";

	/**
	 * A delivery begun and not yet recorded as ended: left so only by a process that died
	 * during it.
	 */
	static final String SENDING = "sending";

	/** A delivery whose process died during it: it may or may not have arrived. */
	static final String INTERRUPTED = "interrupted";

	private final JdbcTemplate jdbc;

	DeliveryRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * When this exact pack last reached this target through this channel; null when it
	 * never has.
	 */
	LocalDateTime deliveredAt(PackContents pack, String channel, String target) {
		List<LocalDateTime> times = this.jdbc.queryForList("""
				select finished_at from delivery where programme_id = ? and period = ? and channel = ? and target = ?
				and pack_sha256 = ? and outcome = ? order by finished_at desc""", LocalDateTime.class, pack.programme(),
				pack.period(), channel, target, pack.digest(), DELIVERED);
		return times.isEmpty() ? null : times.get(0);
	}

	/**
	 * When anything of the programme's month last reached this target through this
	 * channel, whatever its content; null when nothing has.
	 */
	LocalDateTime deliveredAt(String programme, String period, String channel, String target) {
		List<LocalDateTime> times = this.jdbc.queryForList("""
				select finished_at from delivery where programme_id = ? and period = ? and channel = ? and target = ?
				and outcome = ? order by finished_at desc""", LocalDateTime.class, programme, period, channel, target,
				DELIVERED);
		return times.isEmpty() ? null : times.get(0);
	}

	/**
	 * Marks the deliveries of this pack to this target that a dead process left begun,
	 * and returns when the latest of them began; null when there are none.
	 */
	LocalDateTime interrupted(PackContents pack, String channel, String target) {
		List<LocalDateTime> times = this.jdbc.queryForList("""
				select started_at from delivery where programme_id = ? and period = ? and channel = ? and target = ?
				and pack_sha256 = ? and outcome = ? order by started_at desc""", LocalDateTime.class, pack.programme(),
				pack.period(), channel, target, pack.digest(), SENDING);
		if (!times.isEmpty()) {
			this.jdbc.update("""
					update delivery set outcome = ? where programme_id = ? and period = ? and channel = ?
					and target = ? and pack_sha256 = ? and outcome = ?""", INTERRUPTED, pack.programme(), pack.period(),
					channel, target, pack.digest(), SENDING);
		}
		return times.isEmpty() ? null : times.get(0);
	}

	/**
	 * Records that a delivery is about to begin, before anything is sent; returns the
	 * record's number.
	 */
	long begin(PackContents pack, String channel, String target, List<PackFile> files, LocalDateTime started) {
		add(pack, channel, target, files, new Attempts(0, SENDING, null, started, started));
		return this.jdbc.queryForObject("""
				select max(delivery_id) from delivery where programme_id = ? and period = ? and channel = ?
				and target = ? and outcome = ?""", Long.class, pack.programme(), pack.period(), channel, target,
				SENDING);
	}

	/** Records how the delivery begun as {@code id} ended. */
	void end(long id, Attempts attempts) {
		this.jdbc.update(
				"update delivery set attempts = ?, outcome = ?, error = ?, finished_at = ? " + "where delivery_id = ?",
				attempts.count(), attempts.outcome(), attempts.error(), attempts.finished(), id);
	}

	void add(PackContents pack, String channel, String target, List<PackFile> files, Attempts attempts) {
		this.jdbc.update("""
				insert into delivery (programme_id, period, pack_sha256, channel, target, files, attempts, outcome,
				error, started_at, finished_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", pack.programme(),
				pack.period(), pack.digest(), channel, target,
				files.stream().map(PackFile::line).collect(Collectors.joining("\n")), attempts.count(),
				attempts.outcome(), attempts.error(), attempts.started(), attempts.finished());
	}

	/**
	 * How one delivery went.
	 *
	 * @param error the last failure in words, with any secret removed; null on success
	 */
	record Attempts(int count, String outcome, String error, LocalDateTime started, LocalDateTime finished) {
	}

}
