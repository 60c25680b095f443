package org.boardpack.delivery;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code delivery} table: one row for each delivery made or given up, read to avoid repeating a success. */
@Component
class DeliveryRecords {

	static final String DELIVERED = "delivered";

	static final String FAILED = "failed";

	private final JdbcTemplate jdbc;

	DeliveryRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** When this exact pack last reached this target through this channel; null when it never has. */
	LocalDateTime deliveredAt(PackContents pack, String channel, String target) {
		List<LocalDateTime> times = this.jdbc.queryForList("""
				select finished_at from delivery where programme_id = ? and period = ? and channel = ? and target = ?
				and pack_sha256 = ? and outcome = ? order by finished_at desc""", LocalDateTime.class,
				pack.programme(), pack.period(), channel, target, pack.digest(), DELIVERED);
		return times.isEmpty() ? null : times.get(0);
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
