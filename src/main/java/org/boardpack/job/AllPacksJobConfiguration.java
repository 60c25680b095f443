package org.boardpack.job;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The packs of many programmes in one run: a partitioned step with one partition per
 * programme folder, each running the monthly pack job (ingest, roll-up, render, publish)
 * for its programme, as many at once as there are processors. Programmes share nothing
 * but the store, so they need no other coordination. The job is made for each run's
 * folders, which can be too many to keep as a job parameter.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkerProperties.class)
class AllPacksJobConfiguration {

	static final String JOB = "allPacks";

	static final String PERIOD = "period";

	static final String FOLDER = "folder";

	static final String WORKER = "programmePackStep";

	static final String MANAGER = "allPacksStep";

	@Bean
	Step programmePackStep(JobRepository jobs, JobOperator operator, Job monthlyPackJob, PackAttempts attempts,
			ProgrammeInputs inputs, RunLocks locks) {
		return new ProgrammePackParameters(attempts, inputs, locks)
			.packStep(new StepBuilder(WORKER, jobs).job(monthlyPackJob), operator);
	}

	/**
	 * The job for one run over {@code folders}; {@code period} null means each
	 * programme's latest. With {@code remote}, the partitions go to the workers;
	 * otherwise they run in this process.
	 */
	static Job allPacksJob(JobRepository jobs, Step programmePackStep, List<String> folders, YearMonth period,
			RemotePacks remote) {
		FolderPartitioner partitioner = new FolderPartitioner(folders, period);
		Step manager;
		if (remote != null) {
			manager = remote.managerStep(MANAGER, partitioner);
		}
		else {
			int processors = Runtime.getRuntime().availableProcessors();
			SimpleAsyncTaskExecutor partitions = new SimpleAsyncTaskExecutor("pack-");
			partitions.setConcurrencyLimit(processors);
			manager = new StepBuilder(MANAGER, jobs).partitioner(WORKER, partitioner)
				.step(programmePackStep)
				.taskExecutor(partitions)
				.gridSize(processors)
				.build();
		}
		return new JobBuilder(JOB, jobs).start(manager).build();
	}

	/**
	 * One partition per folder, named by its position, carrying the folder and the period
	 * if one was given.
	 */
	record FolderPartitioner(List<String> folders, YearMonth period) implements Partitioner {

		@Override
		public Map<String, ExecutionContext> partition(int gridSize) {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (int i = 0; i < this.folders.size(); i++) {
				ExecutionContext context = new ExecutionContext();
				context.putString(FOLDER, this.folders.get(i));
				if (this.period != null) {
					context.putString(PERIOD, this.period.toString());
				}
				partitions.put("%05d".formatted(i), context);
			}
			return partitions;
		}

	}

}
