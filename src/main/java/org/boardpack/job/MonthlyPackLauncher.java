package org.boardpack.job;

import java.nio.file.Path;
import java.util.List;

import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Text;
import org.boardpack.store.ProgrammeStore;
import org.boardpack.system.BoardpackProperties;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
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
	public Path run(PackRequest request) throws Exception {
		JobExecution execution = this.operator.start(this.job, next(request).toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw failure(execution);
		}
		return new PackFolder(this.properties.outputDir(), request.programme(), request.period().toString())
			.published();
	}

	private PackParameters next(PackRequest request) {
		JobExecution last = lastRun(request);
		if (last == null) {
			return new PackParameters(request.programme(), request.period(), 1, request.inputs(), request.folder());
		}
		if (last.getStatus().isRunning()) {
			// The embedded store admits one process at a time, so a run still marked running there was cut short.
			if (!request.recover() && !this.store.isEmbedded()) {
				throw new IllegalStateException(Text.format("a run of %s for %s is already in progress "
						+ "(execution %d, started %s); if its process has stopped, run again with --recover",
						request.programme(), request.period(), last.getId(), last.getStartTime()));
			}
			last = this.operator.recover(last);
		}
		PackParameters previous = PackParameters.of(last.getJobParameters());
		boolean resume = (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
				&& request.inputs().equals(previous.inputs());
		return new PackParameters(request.programme(), request.period(),
				resume ? previous.attempt() : previous.attempt() + 1, request.inputs(), request.folder());
	}

	/** The latest execution of the latest attempt at this programme and period, or null. */
	private JobExecution lastRun(PackRequest request) {
		JobExecution latest = null;
		long attempt = 0;
		for (JobInstance instance : this.repository.findJobInstances(MonthlyPackJobConfiguration.JOB)) {
			JobExecution execution = this.repository.getLastJobExecution(instance);
			PackParameters parameters = (execution != null) ? PackParameters.of(execution.getJobParameters()) : null;
			if (parameters != null && parameters.sameRun(request) && parameters.attempt() > attempt) {
				latest = execution;
				attempt = parameters.attempt();
			}
		}
		return latest;
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
