package org.boardpack.committee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.boardpack.indicator.IndicatorValue;
import org.boardpack.programme.CommitteeSettings;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeSettings;

/**
 * A meeting of one of the programme's committees, and the period its paper reports: the
 * latest month of the programme that closed before the meeting and has update returns or
 * indicator values.
 */
public record CommitteeMeeting(CommitteeSettings committee, LocalDate date, YearMonth period) {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final int NEXT_SHOWN = 3;

	/**
	 * The meeting asked for, checked against the programme's committees and the
	 * committee's meetings.
	 * @throws RefusedException naming what is wrong and what would be right
	 */
	public static CommitteeMeeting of(ProgrammeInput input, String committeeId, String meetingText) {
		ProgrammeSettings settings = input.settings();
		if (settings.committees().isEmpty()) {
			throw new RefusedException(
					"the programme %s has no committees; add them under \"committees:\" in its " + "programme.yml",
					settings.id());
		}
		String ids = settings.committees().stream().map(CommitteeSettings::id).collect(Collectors.joining(", "));
		if (committeeId == null) {
			throw new RefusedException("give --committee ID; the committees are: %s", ids);
		}
		CommitteeSettings committee = settings.committee(committeeId);
		if (committee == null) {
			throw new RefusedException("there is no committee \"%s\"; the committees are: %s", committeeId, ids);
		}
		List<LocalDate> meetings = committee.meetings(settings.start(), settings.end());
		if (meetingText == null) {
			throw new RefusedException("give --meeting YYYY-MM-DD; %s %s; its meetings are: %s", committeeId,
					committee.schedule(), list(meetings));
		}
		LocalDate date = date(meetingText);
		if (!meetings.contains(date)) {
			throw new RefusedException("%s is not a meeting of the %s (%s), which %s; %s", date, committee.name(),
					committeeId, committee.schedule(), around(meetings, date));
		}
		YearMonth period = latestClosed(input, date);
		if (period == null) {
			YearMonth first = firstWithData(input);
			String firstMeeting = (first == null) ? null
					: meetings.stream()
						.filter((m) -> m.isAfter(first.atEndOfMonth()))
						.findFirst()
						.map(LocalDate::toString)
						.orElse(null);
			throw new RefusedException(
					"the meeting on %s comes before any month of the programme has closed with "
							+ "returns or figures to report%s",
					date,
					(first == null) ? "; the programme has none yet"
							: "; the first is " + first + ((firstMeeting == null) ? ""
									: ", so the first meeting it can report to is " + firstMeeting));
		}
		return new CommitteeMeeting(committee, date, period);
	}

	/** The meeting's date as a paper writes it, e.g. "Tuesday 10 January 2017". */
	public String longDate() {
		return LONG.format(this.date);
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("--meeting \"%s\" is not a date; write it as YYYY-MM-DD", text);
		}
	}

	/** The next meetings after the date, or the last ones when none follows it. */
	private static String around(List<LocalDate> meetings, LocalDate date) {
		List<LocalDate> next = meetings.stream().filter((m) -> m.isAfter(date)).limit(NEXT_SHOWN).toList();
		if (!next.isEmpty()) {
			return "the next " + ((next.size() == 1) ? "meeting is " : "meetings are ") + list(next);
		}
		List<LocalDate> last = meetings.subList(Math.max(0, meetings.size() - NEXT_SHOWN), meetings.size());
		return "its last " + ((last.size() == 1) ? "meeting was " : "meetings were ") + list(last);
	}

	private static String list(List<LocalDate> dates) {
		return dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
	}

	private static YearMonth latestClosed(ProgrammeInput input, LocalDate meeting) {
		return periodsWithData(input).descendingSet()
			.stream()
			.filter((p) -> p.atEndOfMonth().isBefore(meeting))
			.findFirst()
			.orElse(null);
	}

	private static YearMonth firstWithData(ProgrammeInput input) {
		TreeSet<YearMonth> periods = periodsWithData(input);
		return periods.isEmpty() ? null : periods.first();
	}

	/** The programme's months with update returns or indicator values. */
	private static TreeSet<YearMonth> periodsWithData(ProgrammeInput input) {
		TreeSet<YearMonth> periods = new TreeSet<>(input.updates().keySet());
		input.values().stream().map(IndicatorValue::period).forEach(periods::add);
		periods.removeIf((p) -> !input.settings().covers(p));
		return periods;
	}

	/** A meeting that cannot be made a paper for, with the reason in plain words. */
	public static final class RefusedException extends RuntimeException {

		RefusedException(String message, Object... args) {
			super(String.format(Locale.ROOT, message, args));
		}

	}

}
