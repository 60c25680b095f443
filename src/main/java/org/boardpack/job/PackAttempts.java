package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.input.Text;
import org.boardpack.system.BoardpackProperties;
import org.boardpack.system.OutputFile;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Decides the parameters of the next run of a programme and period from its earlier runs:
 * a failed or stopped run is resumed while its inputs are unchanged, a run cut short is
 * recovered first, and anything else is a new attempt. Called with the programme's run
 * lock held.
 */
@Component
class PackAttempts {

	private final JobOperator operator;

	private final JobRepository repository;

	private final PackRuns runs;

	private final RunLocks locks;

	private final Path output;

	PackAttempts(JobOperator operator, JobRepository repository, PackRuns runs, RunLocks locks,
			BoardpackProperties properties) {
		this.operator = operator;
		this.repository = repository;
		this.runs = runs;
		this.locks = locks;
		this.output = properties.outputDir();
	}

	PackParameters next(PackRequest request) {
		JobExecution last = lastRun(request);
		if (last == null) {
			return unstarted(
					new PackParameters(request.programme(), request.period(), 1, request.inputs(), request.folder()));
		}
		if (last.getStatus().isRunning()) {
			// Called with the programme's run lock held: where that lock excludes every
			// other process (the embedded
			// store, PostgreSQL), a run still marked as running was cut short, its
			// process killed.
			if (!request.recover() && !this.locks.excludesOtherProcesses()) {
				throw new IllegalStateException(Text.format(
						"a run of %s for %s is already in progress "
								+ "(execution %d, started %s); if its process has stopped, run again with --recover",
						request.programme(), request.period(), last.getId(), last.getStartTime()));
			}
			last = this.operator.recover(last);
		}
		PackParameters previous = PackParameters.of(last.getJobParameters());
		boolean resume = (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
				&& request.inputs().equals(previous.inputs()) && leftIntact(last, request) && noneUnknown(last);
		return unstarted(new PackParameters(request.programme(), request.period(),
				resume ? previous.attempt() : previous.attempt() + 1, request.inputs(), request.folder()));
	}

	/**
	 * Spring Batch records a new run in two transactions: the job instance, then its
	 * first execution. A process or database that died between them leaves an instance
	 * without executions, which Spring Batch refuses ever to start again ("Cannot find
	 * any job execution for job instance"); it is removed here so that the run can be
	 * made. Safe, as this is called with the programme's run lock held: no other run is
	 * creating it.
	 */
	private PackParameters unstarted(PackParameters next) {
		JobInstance instance = this.repository.getJobInstance(MonthlyPackJobConfiguration.JOB, next.toJobParameters());
		if (instance != null && this.repository.getJobExecutions(instance).isEmpty()) {
			this.repository.deleteJobInstance(instance);
		}
		return next;
	}

	/**
	 * Whether every stage of the run has a known outcome. A stage whose outcome could not
	 * be recorded (the database went away as it ended) is UNKNOWN, and Spring Batch will
	 * not resume such a run, so it is made afresh instead.
	 */
	private static boolean noneUnknown(JobExecution last) {
		return last.getStepExecutions().stream().noneMatch((step) -> step.getStatus() == BatchStatus.UNKNOWN);
	}

	/**
	 * Whether the staging folder still holds what the stopped run made: once past the
	 * roll-up stage, a resume starts from the staged roll-up, so a run whose staging
	 * folder was cleared (or is on another machine) is made afresh instead.
	 */
	private boolean leftIntact(JobExecution last, PackRequest request) {
		boolean pastRollup = last.getStepExecutions()
			.stream()
			.map(PackStep::of)
			.anyMatch((step) -> step == PackStep.RENDER || step == PackStep.PUBLISH);
		return !pastRollup || Files
			.isRegularFile(new PackFolder(this.output, request.programme(), request.period().toString()).staging()
				.resolve(OutputFile.ROLLUP.fileName()));
	}

	/**
	 * The latest execution of the latest attempt at this programme and period, or null.
	 */
	JobExecution lastRun(PackRequest request) {
		return execution(this.runs.latestAttempt(request.programme(), request.period()));
	}

	/** The programme's latest execution of the monthly pack, of any period, or null. */
	JobExecution latestRun(String programme) {
		return execution(this.runs.latest(programme));
	}

	private JobExecution execution(PackRuns.Run run) {
		return (run != null) ? this.repository.getJobExecution(run.executionId()) : null;
	}

}
