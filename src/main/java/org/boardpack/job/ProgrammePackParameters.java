package org.boardpack.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.boardpack.input.Problems;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.system.StageTimings;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.JobStepBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.job.JobParametersExtractor;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The monthly pack's parameters for one partition: reads and checks the partition's
 * programme folder, takes the period given or the programme's latest, takes the
 * programme's run lock for as long as the partition runs, and hands the folder as read to
 * the ingest step. Invalid input, or a run of the programme already in progress, fails
 * this partition only.
 */
final class ProgrammePackParameters implements JobParametersExtractor, StepExecutionListener {

	static final String PROGRAMME = "programme";

	private final PackAttempts attempts;

	private final ProgrammeInputs inputs;

	private final RunLocks locks;

	/**
	 * The run lock each partition holds from choosing its parameters until its step ends.
	 */
	private final Map<Long, RunLocks.RunLock> held = new ConcurrentHashMap<>();

	ProgrammePackParameters(PackAttempts attempts, ProgrammeInputs inputs, RunLocks locks) {
		this.attempts = attempts;
		this.inputs = inputs;
		this.locks = locks;
	}

	/**
	 * The partition's step: the monthly pack job with these parameters, in this process
	 * or a worker.
	 */
	Step packStep(JobStepBuilder builder, JobOperator operator) {
		return builder.operator(operator).parametersExtractor(this).listener(this).build();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		PartitionRefusal.record(stepExecution);
		RunLocks.RunLock lock = this.held.remove(stepExecution.getId());
		if (lock != null) {
			lock.close();
		}
		return null;
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
		this.held.put(stepExecution.getId(), this.locks.acquire(request.programme(), period));
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
