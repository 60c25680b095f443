package org.boardpack.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.input.InvalidInputException;
import org.boardpack.store.ProgrammeStore;
import org.boardpack.system.BoardpackProperties;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts the monthly pack for a programme and period. A failed or stopped run of the same period is
 * restarted where it stopped, and so is one cut short (the process killed) on the embedded store; a
 * completed one is run afresh, replacing that period's data and outputs.
 */
@Component
public class MonthlyPackLauncher {

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job job;

	private final BoardpackProperties properties;

	private final ProgrammeStore store;

	MonthlyPackLauncher(JobOperator operator, JobRepository repository, Job monthlyPackJob,
			BoardpackProperties properties, ProgrammeStore store) {
		this.operator = operator;
		this.repository = repository;
		this.job = monthlyPackJob;
		this.properties = properties;
		this.store = store;
	}

	/** Runs the job and returns where the pack was published; throws when the run did not complete. */
	public Path run(Path folder, String programme, YearMonth period) throws Exception {
		PackParameters parameters = next(folder.toAbsolutePath().normalize(), programme, period);
		JobExecution execution = this.operator.start(this.job, parameters.toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw failure(execution);
		}
		return new PackFolder(this.properties.outputDir(), programme, period.toString()).published();
	}

	private PackParameters next(Path folder, String programme, YearMonth period) {
		long attempt = 1;
		JobExecution last = null;
		for (JobExecution e; (e = this.repository.getLastJobExecution(MonthlyPackJobConfiguration.JOB,
				new PackParameters(programme, period, attempt, folder).toJobParameters())) != null; attempt++) {
			last = e;
		}
		if (last != null && last.getStatus().isRunning()) {
			if (!this.store.isEmbedded()) {
				throw new IllegalStateException("a run of %s for %s is already in progress (execution %d, started %s)"
					.formatted(programme, period, last.getId(), last.getStartTime()));
			}
			// The embedded store admits one process at a time, so a run still marked running was cut short.
			last = this.operator.recover(last);
		}
		boolean restart = last != null && last.getStatus() != BatchStatus.COMPLETED;
		return new PackParameters(programme, period, restart ? attempt - 1 : attempt, folder);
	}

	private static Exception failure(JobExecution execution) {
		List<Throwable> causes = execution.getAllFailureExceptions();
		for (Throwable cause : causes) {
			for (Throwable t = cause; t != null; t = t.getCause()) {
				if (t instanceof InvalidInputException invalid) {
					return invalid;
				}
			}
		}
		String reason = causes.isEmpty() ? execution.getExitStatus().getExitDescription()
				: causes.get(0).toString();
		return new IllegalStateException("the run ended " + execution.getStatus() + ": " + reason,
				causes.isEmpty() ? null : causes.get(0));
	}

}
