package org.boardpack.serve;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.boardpack.delivery.ReturnRequests;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.system.BoardpackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Schedules the asking of each served programme's leads for their returns, at its
 * {@code returns.request} and reminder; {@link ScheduledExports} calls it as it starts,
 * follows changed {@code programme.yml} files and stops.
 */
@Component
@Profile(Serve.PROFILE)
class ScheduledReturns {

	private static final Logger log = LoggerFactory.getLogger(ScheduledReturns.class);

	private final ThreadPoolTaskScheduler scheduler;

	private final ReturnRequests requests;

	private final BoardpackProperties properties;

	private final ServeRequest request;

	private final ServeProperties serveProperties;

	/** The settings each programme's asking was last scheduled by. */
	private final Map<ServedProgramme, ProgrammeSettings> scheduledBy = new ConcurrentHashMap<>();

	/** The failed rounds already tried again, so that each is tried once per failure. */
	private final Set<ReturnsRun.Outcome> askedAgain = ConcurrentHashMap.newKeySet();

	ScheduledReturns(ThreadPoolTaskScheduler exportScheduler, ReturnRequests requests, BoardpackProperties properties,
			ServeRequest request, ServeProperties serveProperties) {
		this.scheduler = exportScheduler;
		this.requests = requests;
		this.properties = properties;
		this.request = request;
		this.serveProperties = serveProperties;
	}

	/** Schedules the programme's next request or reminder, as its settings say now. */
	void schedule(ServedProgramme programme, BooleanSupplier stopping) {
		ProgrammeSettings settings = programme.settings();
		if (settings != null) {
			this.scheduledBy.put(programme, settings);
		}
		else {
			this.scheduledBy.remove(programme);
		}
		if (programme.settings() == null || programme.settings().returns().request() == null) {
			programme.returnsFuture(null);
			return;
		}
		programme
			.returnsFuture(this.scheduler.schedule(run(programme, stopping, false), new ReturnsTrigger(programme)));
		ZonedDateTime next = programme.nextReturns();
		if (next != null) {
			log.info("{}: leads asked for returns next {}, for {}", programme.id(), ScheduledExports.WHEN.format(next),
					YearMonth.from(next).minusMonths(1));
		}
	}

	/**
	 * Asks now for what came due while serve was stopped: a request or reminder whose
	 * time passed this month and that the delivery records do not show as sent.
	 */
	void makeUp(ServedProgramme programme, BooleanSupplier stopping) {
		if (programme.settings() != null && programme.settings().returns().request() != null) {
			this.scheduler.execute(run(programme, stopping, true));
		}
	}

	/**
	 * Schedules the programme again when its settings were read afresh since (by an
	 * export as well as by serve's check for changes), and asks again after a failed
	 * round.
	 */
	void follow(ServedProgramme programme, BooleanSupplier stopping) {
		if (programme.settings() != this.scheduledBy.get(programme)) {
			schedule(programme, stopping);
		}
		retryFailed(programme, stopping);
	}

	/**
	 * Asks again, {@code retryAfter} after a round in which a message could not be sent:
	 * only the messages not yet delivered go.
	 */
	private void retryFailed(ServedProgramme programme, BooleanSupplier stopping) {
		ReturnsRun.Outcome last = programme.lastReturns();
		if (last != null && last.failed()
				&& !last.finished().plus(this.serveProperties.retryAfter()).isAfter(this.request.clock().instant())
				&& this.askedAgain.add(last)) {
			log.info("{} {}: asking leads for returns again, as a message failed", programme.id(), last.period());
			this.scheduler.execute(run(programme, stopping, false));
		}
	}

	private ReturnsRun run(ServedProgramme programme, BooleanSupplier stopping, boolean starting) {
		return new ReturnsRun(programme, this.requests, this.properties, this.request.clock(), stopping, starting);
	}

}
