package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.input.Text;
import org.boardpack.system.BoardpackProperties;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides the parameters of the next run of a programme and period from its earlier runs: a failed or stopped
 * run is resumed while its inputs are unchanged, a run cut short is recovered first, and anything else is a
 * new attempt. Called with the programme's run lock held.
 */
@Component
class PackAttempts {

	private final JobOperator operator;

	private final JobRepository repository;

	private final JdbcTemplate jdbc;

	private final RunLocks locks;

	private final Path output;

	PackAttempts(JobOperator operator, JobRepository repository, JdbcTemplate jdbc, RunLocks locks,
			BoardpackProperties properties) {
		this.operator = operator;
		this.repository = repository;
		this.jdbc = jdbc;
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
			// Called with the programme's run lock held: where that lock excludes every other process (the embedded
			// store, PostgreSQL), a run still marked as running was cut short, its process killed.
			if (!request.recover() && !this.locks.excludesOtherProcesses()) {
				throw new IllegalStateException(Text.format("a run of %s for %s is already in progress "
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
	 * Spring Batch records a new run in two transactions: the job instance, then its first execution. A process
	 * or database that died between them leaves an instance without executions, which Spring Batch refuses ever
	 * to start again ("Cannot find any job execution for job instance"); it is removed here so that the run can
	 * be made. Safe, as this is called with the programme's run lock held: no other run is creating it.
	 */
	private PackParameters unstarted(PackParameters next) {
		JobInstance instance = this.repository.getJobInstance(MonthlyPackJobConfiguration.JOB,
				next.toJobParameters());
		if (instance != null && this.repository.getJobExecutions(instance).isEmpty()) {
			this.repository.deleteJobInstance(instance);
		}
		return next;
	}

	/**
	 * Whether every stage of the run has a known outcome. A stage whose outcome could not be recorded (the
	 * database went away as it ended) is UNKNOWN, and Spring Batch will not resume such a run, so it is made
	 * afresh instead.
	 */
	private static boolean noneUnknown(JobExecution last) {
		return last.getStepExecutions().stream().noneMatch((step) -> step.getStatus() == BatchStatus.UNKNOWN);
	}

	/**
	 * Whether the staging folder still holds what the stopped run made: once past the roll-up stage, a resume
	 * starts from the staged roll-up, so a run whose staging folder was cleared (or is on another machine) is
	 * made afresh instead.
	 */
	private boolean leftIntact(JobExecution last, PackRequest request) {
		boolean pastRollup = last.getStepExecutions()
			.stream()
			.anyMatch((step) -> step.getStepName().equals("renderStep") || step.getStepName().equals("publishStep"));
		return !pastRollup || Files.isRegularFile(new PackFolder(this.output, request.programme(),
				request.period().toString()).staging().resolve(RollupTasklet.ROLLUP));
	}

	/**
	 * The latest execution of the latest attempt at this programme and period, or null. Only the executions of
	 * this programme and period are looked at, found by their parameters, so the cost does not grow with the
	 * runs of other programmes and periods.
	 */
	JobExecution lastRun(PackRequest request) {
		JobExecution latest = null;
		long attempt = 0;
		List<Long> instances = this.jdbc.queryForList("""
				select distinct e.job_instance_id from batch_job_execution e
				join batch_job_instance i on i.job_instance_id = e.job_instance_id
				join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
				join batch_job_execution_params q on q.job_execution_id = e.job_execution_id
				where i.job_name = ? and p.parameter_name = 'programme' and p.parameter_value = ?
				and q.parameter_name = 'period' and q.parameter_value = ?""", Long.class,
				MonthlyPackJobConfiguration.JOB, request.programme(), request.period().toString());
		for (Long id : instances) {
			JobInstance instance = this.repository.getJobInstance(id);
			JobExecution execution = (instance != null) ? this.repository.getLastJobExecution(instance) : null;
			PackParameters parameters = (execution != null) ? PackParameters.of(execution.getJobParameters()) : null;
			if (parameters != null && parameters.sameRun(request) && parameters.attempt() > attempt) {
				latest = execution;
				attempt = parameters.attempt();
			}
		}
		return latest;
	}

	/** The programme's latest execution of the monthly pack, of any period, or null. */
	JobExecution latestRun(String programme) {
		List<Long> ids = this.jdbc.queryForList("""
				select e.job_execution_id from batch_job_execution e
				join batch_job_instance i on i.job_instance_id = e.job_instance_id
				join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
				where i.job_name = ? and p.parameter_name = 'programme' and p.parameter_value = ?
				order by e.job_execution_id desc""", Long.class, MonthlyPackJobConfiguration.JOB, programme);
		return ids.isEmpty() ? null : this.repository.getJobExecution(ids.get(0));
	}

}
