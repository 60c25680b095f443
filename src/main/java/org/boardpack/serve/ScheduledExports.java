package org.boardpack.serve;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import org.boardpack.delivery.PackExport;
import org.boardpack.job.MonthlyPackLauncher;
import org.boardpack.schedule.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Schedules each served programme's export at its {@code schedule:} (and the asking of
 * its leads for returns), follows changes to its {@code programme.yml}, and at shutdown
 * starts no new export and waits for those running to end.
 */
@Component
@Profile(Serve.PROFILE)
class ScheduledExports implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ScheduledExports.class);

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.UK);

	private final List<ServedProgramme> programmes;

	private final ThreadPoolTaskScheduler scheduler;

	private final PackExport export;

	private final ServeRequest request;

	private final ServeProperties properties;

	private final MonthlyPackLauncher launcher;

	private final ScheduledReturns returns;

	/**
	 * The failed deliveries already tried again, so that each is tried once per failure.
	 */
	private final Set<LastRun> exportedAgain = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	private volatile boolean stopping;

	private ScheduledFuture<?> watcher;

	ScheduledExports(ServeRequest request, ThreadPoolTaskScheduler exportScheduler, PackExport export,
			ServeProperties properties, MonthlyPackLauncher launcher, ScheduledReturns returns) {
		this.launcher = launcher;
		this.returns = returns;
		this.request = request;
		this.programmes = request.folders().stream().map(ServedProgramme::new).toList();
		this.scheduler = exportScheduler;
		this.export = export;
		this.properties = properties;
	}

	@Override
	public void start() {
		for (ServedProgramme programme : this.programmes) {
			programme.reload();
			schedule(programme);
			makeUp(programme);
			this.returns.makeUp(programme, () -> this.stopping);
		}
		this.watcher = this.scheduler.scheduleWithFixedDelay(this::followChanges, this.properties.reloadInterval());
		this.running = true;
	}

	/**
	 * Reschedules each programme whose programme.yml changed (a new time, a new problem,
	 * or a fix), and exports again each pack whose delivery failed, {@code retryAfter}
	 * after the last try, until it is delivered.
	 */
	private void followChanges() {
		for (ServedProgramme programme : this.programmes) {
			if (!this.stopping && programme.reload()) {
				log.info("{}: programme.yml changed", programme.id());
				schedule(programme);
			}
			if (!this.stopping) {
				this.returns.follow(programme, () -> this.stopping);
			}
			LastRun last = programme.lastRun();
			if (!this.stopping && last != null && LastRun.DELIVERY_FAILED.equals(last.outcome())
					&& !last.finished()
						.toInstant()
						.plus(this.properties.retryAfter())
						.isAfter(this.request.clock().instant())
					&& this.exportedAgain.add(last)) {
				log.info("{} {}: exporting again, as a delivery failed", programme.id(), last.period());
				this.scheduler.execute(new ExportRun(programme, this.export, this.request.clock(), () -> this.stopping,
						last.period()));
			}
		}
	}

	/**
	 * Exports again, now, a programme's export that a killed or stopped serve left
	 * unfinished: otherwise its month would wait for the next schedule, and history would
	 * show the dead run as started for ever. The export resumes the run where it stopped
	 * (or remakes it) and delivers what was not delivered.
	 */
	private void makeUp(ServedProgramme programme) {
		if (programme.settings() == null) {
			return;
		}
		MonthlyPackLauncher.UnfinishedRun unfinished = this.launcher.unfinished(programme.id()).orElse(null);
		if (unfinished == null || unfinished.how().equals("failed")) {
			return; // a failure is tried again by its schedule, or by the retry of a
					// failed delivery
		}
		ZoneId zone = (programme.schedule() != null) ? programme.schedule().zone() : Schedule.LONDON;
		ZonedDateTime now = this.request.clock().instant().atZone(zone);
		ZonedDateTime started = (unfinished.started() != null)
				? unfinished.started().atZone(ZoneId.systemDefault()).withZoneSameInstant(zone) : now;
		String message = "the export started " + WHEN.format(started) + " did not finish (" + unfinished.how()
				+ "); exporting it again now";
		log.warn("{} {}: {}", programme.id(), unfinished.period(), message);
		programme.lastRun(new LastRun(unfinished.period(), started, now, unfinished.how(), message, null, null));
		this.scheduler.execute(
				new ExportRun(programme, this.export, this.request.clock(), () -> this.stopping, unfinished.period()));
	}

	private void schedule(ServedProgramme programme) {
		this.returns.schedule(programme, () -> this.stopping);
		if (!programme.problems().isEmpty()) {
			log.warn("{}: not scheduled until programme.yml is corrected:\n  {}", programme.id(),
					String.join("\n  ", programme.problems()));
			programme.future(null);
			return;
		}
		if (programme.schedule() == null) {
			log.info("{}: not scheduled: programme.yml has no schedule", programme.id());
			programme.future(null);
			return;
		}
		ExportRun run = new ExportRun(programme, this.export, this.request.clock(), () -> this.stopping, null);
		programme.future(this.scheduler.schedule(run, new ProgrammeTrigger(programme)));
		ZonedDateTime next = programme.nextRun();
		if (next == null) {
			log.warn("{}: {} never comes round again; nothing scheduled", programme.id(),
					programme.schedule().describe());
			return;
		}
		log.info("{}: next run {}, for {}; schedule: {}", programme.id(), WHEN.format(next),
				YearMonth.from(next).minusMonths(1), programme.schedule().describe());
	}

	List<ServedProgramme> programmes() {
		return this.programmes;
	}

	@Override
	public void stop(Runnable callback) {
		this.stopping = true;
		if (this.watcher != null) {
			this.watcher.cancel(false);
		}
		this.programmes.forEach((programme) -> {
			programme.future(null);
			programme.returnsFuture(null);
		});
		List<ServedProgramme> busy = this.programmes.stream().filter((p) -> p.running().isLocked()).toList();
		if (busy.isEmpty()) {
			finish(callback);
			return;
		}
		log.info("Stopping: no new exports; waiting for {} to end", busy.stream().map(ServedProgramme::id).toList());
		Thread.ofVirtual().name("export-drain").start(() -> {
			// Taking each lock in turn waits for the export holding it; no export starts
			// once stopping is set.
			for (ServedProgramme programme : busy) {
				programme.running().lock();
				programme.running().unlock();
			}
			finish(callback);
		});
	}

	private void finish(Runnable callback) {
		this.running = false;
		log.info("Stopped: no export is running");
		callback.run();
	}

	@Override
	public void stop() {
		stop(() -> {
		});
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
