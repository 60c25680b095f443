package org.boardpack.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The packs of many programmes in one run: a partitioned step with one partition per programme folder, each
 * running the monthly pack job (ingest, roll-up, render, publish) for its programme, as many at once as there
 * are processors. Programmes share nothing but the store, so they need no other coordination. Job parameters:
 * {@code folders} (one per line), optionally {@code period}, and a {@code batch} id that makes each run new.
 */
@Configuration(proxyBeanMethods = false)
class AllPacksJobConfiguration {

	static final String FOLDERS = "folders";

	static final String PERIOD = "period";

	static final String FOLDER = "folder";

	@Bean
	Job allPacksJob(JobRepository jobs, Step allPacksStep) {
		return new JobBuilder("allPacks", jobs).start(allPacksStep).build();
	}

	@Bean
	Step allPacksStep(JobRepository jobs, Partitioner programmePartitioner, Step programmePackStep) {
		int processors = Runtime.getRuntime().availableProcessors();
		SimpleAsyncTaskExecutor partitions = new SimpleAsyncTaskExecutor("pack-");
		partitions.setConcurrencyLimit(processors);
		return new StepBuilder("allPacksStep", jobs).partitioner("programmePackStep", programmePartitioner)
			.step(programmePackStep)
			.taskExecutor(partitions)
			.gridSize(processors)
			.build();
	}

	@Bean
	Step programmePackStep(JobRepository jobs, JobOperator operator, Job monthlyPackJob, PackAttempts attempts,
			ProgrammeInputs inputs) {
		return new StepBuilder("programmePackStep", jobs).job(monthlyPackJob)
			.operator(operator)
			.parametersExtractor(new ProgrammePackParameters(attempts, inputs))
			.build();
	}

	/** One partition per folder, named by its position and folder name, carrying the folder and period. */
	@Bean
	@StepScope
	Partitioner programmePartitioner(@Value("#{jobParameters['" + FOLDERS + "']}") String folders,
			@Value("#{jobParameters['" + PERIOD + "']}") String period) {
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			String[] lines = folders.split("\n");
			for (int i = 0; i < lines.length; i++) {
				ExecutionContext context = new ExecutionContext();
				context.putString(FOLDER, lines[i]);
				if (period != null) {
					context.putString(PERIOD, period);
				}
				partitions.put("%05d".formatted(i), context);
			}
			return partitions;
		};
	}

}
