package org.boardpack.serve;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.boardpack.delivery.PackExport;
import org.boardpack.input.InvalidInputException;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.schedule.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled export of a programme: re-reads its {@code programme.yml}, exports the
 * month just closed before the time it was due (or {@code again}, the month of an export
 * whose delivery failed), and logs one plain line saying where the pack went or why it
 * did not.
 */
record ExportRun(ServedProgramme programme, PackExport export, Clock clock, BooleanSupplier stopping,
		YearMonth again) implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ExportRun.class);

	@Override
	public void run() {
		if (this.stopping.getAsBoolean()) {
			return;
		}
		ZonedDateTime due = this.programme.nextRun();
		this.programme.reload();
		ZoneId zone = (this.programme.schedule() != null) ? this.programme.schedule().zone() : Schedule.LONDON;
		ZonedDateTime started = this.clock.instant().atZone(zone);
		YearMonth period = (this.again != null) ? this.again
				: YearMonth.from((due != null) ? due : started).minusMonths(1);
		// Never two exports of one programme at once: a late one waits for the one still
		// running.
		this.programme.exclusively(this.stopping, () -> this.programme.lastRun(export(period, started)));
	}

	private LastRun export(YearMonth period, ZonedDateTime started) {
		String name = this.programme.id() + " " + period;
		ProgrammeSettings settings = this.programme.settings();
		if (settings == null) {
			String message = "programme.yml has problems: " + String.join("; ", this.programme.problems());
			log.warn("{}: not run: {}", name, message);
			return new LastRun(period, started, now(started), "failed", message, null, null);
		}
		if (!settings.covers(period)) {
			String message = period + " is outside the programme (" + settings.start() + " to " + settings.end() + ")";
			log.info("{}: not run: {}", name, message);
			return new LastRun(period, started, now(started), "skipped", message, null, null);
		}
		log.info("{}: export started", name);
		try {
			PackExport.Exported exported = this.export.export(this.programme.folder(), period);
			String line = exported.deliveries()
				.stream()
				.map((delivered) -> "; " + channel(delivered) + ": " + delivered.outcome())
				.collect(Collectors.joining());
			if (!exported.failed().isEmpty()) {
				// The pack was made but not everything reached the board: the next export
				// tries those again.
				log.warn("{}: pack written to {}{}", name, exported.pack(), line);
				return new LastRun(period, started, now(started), LastRun.DELIVERY_FAILED,
						exported.failed().size() + " of " + exported.deliveries().size() + " deliveries failed",
						exported.pack(), exported.deliveries());
			}
			log.info("{}: pack written to {}{}", name, exported.pack(), line);
			return new LastRun(period, started, now(started), "completed", null, exported.pack(),
					exported.deliveries());
		}
		catch (Exception ex) {
			String message = message(ex);
			log.warn("{}: failed: {}", name, message);
			log.debug("{}: the failure in full", name, ex);
			return new LastRun(period, started, now(started), "failed", message, null, null);
		}
	}

	private ZonedDateTime now(ZonedDateTime started) {
		return this.clock.instant().atZone(started.getZone());
	}

	private static String channel(PackExport.Delivered delivered) {
		return switch (delivered.channel()) {
			case "email" -> "e-mail " + delivered.target();
			case "folder" -> "folder " + delivered.target();
			default -> delivered.channel() + " " + delivered.target();
		};
	}

	/**
	 * The failure in one line: every problem of invalid input, or the deepest cause's
	 * message.
	 */
	static String message(Exception failure) {
		if (failure instanceof InvalidInputException invalid) {
			return invalid.getMessage().replace("\n", "; ").replace(":; ", ": ");
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf((root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName());
	}

}
