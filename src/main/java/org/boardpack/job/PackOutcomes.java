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
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Reads each programme's outcome from the partitions of a finished run of many. */
final class PackOutcomes {

	private final PackAttempts attempts;

	private final Path output;

	PackOutcomes(PackAttempts attempts, Path output) {
		this.attempts = attempts;
		this.output = output;
	}

	List<PackOutcome> of(JobExecution execution, List<String> folders) {
		Map<String, StepExecution> byFolder = new HashMap<>();
		for (StepExecution step : execution.getStepExecutions()) {
			ExecutionContext context = step.getExecutionContext();
			if (step.getStepName().startsWith(AllPacksJobConfiguration.WORKER) && context.containsKey(AllPacksJobConfiguration.FOLDER)) {
				byFolder.put(context.getString(AllPacksJobConfiguration.FOLDER), step);
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
		for (Throwable failure : step.getFailureExceptions()) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof InvalidInputException || t instanceof PackBusyException) {
					return new PackOutcome(folder, programme, period, null, (Exception) t);
				}
			}
		}
		Exception failure = (period != null) ? childFailure(folder, programme, period) : null;
		if (failure == null) {
			failure = new IllegalStateException("the run ended " + step.getStatus()
					+ (step.getFailureExceptions().isEmpty() ? "" : ": " + step.getFailureExceptions().get(0)));
		}
		return new PackOutcome(folder, programme, period, null, failure);
	}

	/** Why the programme's own monthly pack job failed, from its latest execution. */
	private Exception childFailure(Path folder, String programme, String period) {
		JobExecution child = this.attempts.lastRun(new PackRequest(folder, programme, YearMonth.parse(period), "", false));
		if (child != null && child.getStatus() == BatchStatus.STOPPED) {
			return new PackStoppedException(programme, YearMonth.parse(period), null);
		}
		return (child != null && child.getStatus() != BatchStatus.COMPLETED) ? MonthlyPackLauncher.failure(child) : null;
	}

}
