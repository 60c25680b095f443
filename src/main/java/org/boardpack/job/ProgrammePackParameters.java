package org.boardpack.job;

import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.input.Problems;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.system.StageTimings;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.job.JobParametersExtractor;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The monthly pack's parameters for one partition: reads and checks the partition's programme folder, takes
 * the period given or the programme's latest, and hands the folder as read to the ingest step. Invalid input
 * fails this partition only, with every problem listed.
 */
final class ProgrammePackParameters implements JobParametersExtractor {

	static final String PROGRAMME = "programme";

	private final PackAttempts attempts;

	private final ProgrammeInputs inputs;

	ProgrammePackParameters(PackAttempts attempts, ProgrammeInputs inputs) {
		this.attempts = attempts;
		this.inputs = inputs;
	}

	@Override
	public JobParameters getJobParameters(Job job, StepExecution stepExecution) {
		ExecutionContext context = stepExecution.getExecutionContext();
		Path folder = Path.of(context.getString(AllPacksJobConfiguration.FOLDER));
		StageTimings.Clock clock = StageTimings.start();
		ProgrammeInput input = ProgrammeReader.read(folder);
		clock.end(input.settings().id(), "-", "read");
		YearMonth period = period(input, context.containsKey(AllPacksJobConfiguration.PERIOD)
				? YearMonth.parse(context.getString(AllPacksJobConfiguration.PERIOD)) : null);
		context.putString(PROGRAMME, input.settings().id());
		context.putString(AllPacksJobConfiguration.PERIOD, period.toString());
		PackRequest request = PackRequest.of(folder, input, period, false);
		PackParameters parameters = this.attempts.next(request);
		this.inputs.offer(request.folder(), input);
		return parameters.toJobParameters();
	}

	private static YearMonth period(ProgrammeInput input, YearMonth given) {
		Problems problems = new Problems();
		YearMonth period = (given != null) ? given : input.latestPeriod();
		if (period == null) {
			problems.file("programme.yml", "the programme has no updates or values yet, so it has no latest period");
		}
		else if (!input.settings().covers(period)) {
			problems.file("programme.yml", "the period %s is outside the programme (%s to %s)", period,
					input.settings().start(), input.settings().end());
		}
		problems.throwIfAny();
		return period;
	}

}
