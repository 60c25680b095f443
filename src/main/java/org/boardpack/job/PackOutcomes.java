package org.boardpack.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.input.InvalidInputException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Reads each programme's outcome from the partitions of a finished run of many. */
final class PackOutcomes {

	private final PackAttempts attempts;

	private final JobRepository repository;

	private final Path output;

	PackOutcomes(PackAttempts attempts, JobRepository repository, Path output) {
		this.attempts = attempts;
		this.repository = repository;
		this.output = output;
	}

	/**
	 * Each folder's outcome, from the latest of its partitions in every execution of the
	 * run: a restarted run holds only the partitions it ran again. The partitions are
	 * read back from the job repository, where workers left them.
	 */
	List<PackOutcome> of(JobExecution execution, List<String> folders) {
		Map<String, StepExecution> byFolder = new HashMap<>();
		for (JobExecution run : this.repository.getJobExecutions(execution.getJobInstance())) {
			for (StepExecution step : this.repository.getJobExecution(run.getId()).getStepExecutions()) {
				ExecutionContext context = step.getExecutionContext();
				if (!step.getStepName().equals(AllPacksJobConfiguration.MANAGER)
						&& context.containsKey(AllPacksJobConfiguration.FOLDER)) {
					byFolder.merge(context.getString(AllPacksJobConfiguration.FOLDER), step,
							(one, other) -> (one.getId() > other.getId()) ? one : other);
				}
			}
		}
		List<PackOutcome> outcomes = new ArrayList<>();
		for (String name : folders) {
			Path folder = Path.of(name);
			StepExecution step = byFolder.get(name);
			outcomes.add((step != null) ? outcome(folder, step) : new PackOutcome(folder,
					folder.getFileName().toString(), null, null, MonthlyPackLauncher.failure(execution)));
		}
		return outcomes;
	}

	private PackOutcome outcome(Path folder, StepExecution step) {
		ExecutionContext context = step.getExecutionContext();
		String programme = context.containsKey(ProgrammePackParameters.PROGRAMME)
				? context.getString(ProgrammePackParameters.PROGRAMME) : folder.getFileName().toString();
		String period = context.containsKey(AllPacksJobConfiguration.PERIOD)
				? context.getString(AllPacksJobConfiguration.PERIOD) : null;
		if (step.getStatus() == BatchStatus.COMPLETED) {
			return new PackOutcome(folder, programme, period,
					new PackFolder(this.output, programme, period).published(), null);
		}
		Exception refusal = PartitionRefusal.of(context);
		if (refusal != null) {
			return new PackOutcome(folder, programme, period, null, refusal);
		}
		for (Throwable failure : step.getFailureExceptions()) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof InvalidInputException || t instanceof PackBusyException) {
					return new PackOutcome(folder, programme, period, null, (Exception) t);
				}
			}
		}
		Exception failure = (period != null) ? childFailure(folder, programme, period) : null;
		if (failure == null && step.getFailureExceptions().isEmpty()
				&& !step.getExitStatus().getExitDescription().isEmpty()) {
			// a partition failed by the manager (no worker was heard from) says why in
			// its exit description
			failure = new IllegalStateException(step.getExitStatus().getExitDescription());
		}
		if (failure == null) {
			failure = new IllegalStateException("the run ended " + step.getStatus()
					+ (step.getFailureExceptions().isEmpty() ? "" : ": " + step.getFailureExceptions().get(0)));
		}
		return new PackOutcome(folder, programme, period, null, failure);
	}

	/** Why the programme's own monthly pack job failed, from its latest execution. */
	private Exception childFailure(Path folder, String programme, String period) {
		JobExecution child = this.attempts
			.lastRun(new PackRequest(folder, programme, YearMonth.parse(period), "", false));
		if (child != null && child.getStatus() == BatchStatus.STOPPED) {
			return new PackStoppedException(programme, YearMonth.parse(period), null);
		}
		return (child != null && child.getStatus() != BatchStatus.COMPLETED) ? MonthlyPackLauncher.failure(child)
				: null;
	}

}
