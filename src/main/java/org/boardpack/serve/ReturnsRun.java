package org.boardpack.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.boardpack.input.Counted;
import org.boardpack.delivery.ReturnRequests;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.returns.LeadReturns;
import org.boardpack.returns.asking.MonthOfReturns;
import org.boardpack.system.BoardpackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of asking a programme's leads for the month's returns: each lead who has not
 * returned is sent the request once its time has come, then the reminder once that time
 * has come, unless the delivery records show that message already reached them this
 * month. Run at each scheduled time, when serve starts (making up what was missed while
 * it was stopped), and again after a send failed; so each lead gets each message once.
 */
record ReturnsRun(ServedProgramme programme, ReturnRequests requests, BoardpackProperties properties, Clock clock,
		BooleanSupplier stopping, boolean starting) implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ReturnsRun.class);

	/**
	 * How a round went: {@code failed} when a message or the workbooks could not be made
	 * or sent.
	 */
	record Outcome(YearMonth period, Instant finished, boolean failed) {
	}

	/** A message owed to a lead: the request, or the reminder. */
	private record Owed(LeadReturns.Lead lead, boolean reminder) {
	}

	@Override
	public void run() {
		if (this.stopping.getAsBoolean()) {
			return;
		}
		// Never at once with an export of the programme, so that a stopping serve waits
		// for
		// both alike.
		this.programme.exclusively(this.stopping, () -> {
			Outcome outcome = ask();
			if (outcome != null) {
				this.programme.lastReturns(outcome);
			}
		});
	}

	private Outcome ask() {
		ProgrammeSettings settings = this.programme.settings();
		if (settings == null || settings.returns().request() == null) {
			return null;
		}
		Instant now = this.clock.instant();
		ReturnsTimetable timetable = ReturnsTimetable.current(settings, now);
		YearMonth period = timetable.period();
		String name = this.programme.id() + " " + period;
		if (!timetable.requestDue(now)) {
			return null;
		}
		if (!settings.covers(period)) {
			log.info("{}: leads not asked for returns: the month is outside the programme ({} to {})", name,
					settings.start(), settings.end());
			return null;
		}
		try {
			MonthOfReturns month = MonthOfReturns.of(this.programme.folder(),
					ProgrammeReader.read(this.programme.folder()), period);
			List<Owed> owed = owed(month, timetable, now, name);
			if (owed.isEmpty()) {
				log.info("{}: returns: nothing to send; each lead who has not returned has had the request{}", name,
						timetable.reminderDue(now) ? " and the reminder" : "");
				return new Outcome(period, now, false);
			}
			if (this.starting) {
				log.info("{}: {} not sent while serve was stopped; sending now", name, missed(owed, timetable));
			}
			Path workbooks = month.writeWorkbooks(this.properties.outputDir(), this.properties.templatesDir());
			boolean failed = false;
			for (Owed message : owed) {
				ReturnRequests.Request request = month.request(message.lead(), workbooks, message.reminder());
				String outcome = this.requests.send(request);
				failed |= outcome.startsWith("failed");
				log.info("{}: {} to {} ({}): {}", name, request.channel(), message.lead().lead(), request.address(),
						outcome);
			}
			return new Outcome(period, now, failed);
		}
		catch (Exception ex) {
			log.warn("{}: leads not asked for returns: {}", name, ExportRun.message(ex));
			log.debug("{}: the failure in full", name, ex);
			return new Outcome(period, now, true);
		}
	}

	/**
	 * The request for each lead with an address who has not returned and was not asked;
	 * the reminder, once due, for each who was asked and not yet reminded.
	 */
	private List<Owed> owed(MonthOfReturns month, ReturnsTimetable timetable, Instant now, String name) {
		String id = month.input().settings().id();
		String period = timetable.period().toString();
		List<Owed> owed = new ArrayList<>();
		List<String> unaddressed = new ArrayList<>();
		for (LeadReturns.Lead lead : month.leads()) {
			String address = month.address(lead);
			if (lead.hasReturned()) {
				continue;
			}
			if (address == null) {
				unaddressed.add(lead.lead());
			}
			else if (this.requests.sentAt(ReturnRequests.CHANNEL, id, period, address) == null) {
				owed.add(new Owed(lead, false));
			}
			else if (timetable.reminderDue(now)
					&& this.requests.sentAt(ReturnRequests.REMINDER, id, period, address) == null) {
				owed.add(new Owed(lead, true));
			}
		}
		// Said as the requests go out, not at every round after.
		if (!unaddressed.isEmpty() && (owed.stream().anyMatch((o) -> !o.reminder())
				|| owed.isEmpty() && month.leads().stream().allMatch((lead) -> month.address(lead) == null))) {
			log.info("{}: not asked, as leadEmails has no address for them: {}; send their workbooks by hand", name,
					String.join(", ", unaddressed));
		}
		return owed;
	}

	/** "2 return requests due Wed 1 Nov 2017 09:00 GMT", and the reminders likewise. */
	private static String missed(List<Owed> owed, ReturnsTimetable timetable) {
		long reminders = owed.stream().filter(Owed::reminder).count();
		long requests = owed.size() - reminders;
		List<String> parts = new ArrayList<>();
		if (requests > 0) {
			parts.add(count(requests, "return request") + " due " + when(timetable.request()));
		}
		if (reminders > 0) {
			parts.add(count(reminders, "return reminder") + " due " + when(timetable.reminder()));
		}
		return String.join(" and ", parts);
	}

	private static String count(long n, String what) {
		return Counted.of(n, what);
	}

	private static String when(ZonedDateTime time) {
		return ScheduledExports.WHEN.format(time);
	}

}
