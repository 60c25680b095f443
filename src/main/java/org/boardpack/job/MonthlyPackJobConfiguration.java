package org.boardpack.job;

import org.boardpack.pack.PackMaker;
import org.boardpack.render.PackRenderer;
import org.boardpack.render.RenderThreads;
import org.boardpack.store.ProgrammeStore;
import org.boardpack.store.StoreMarks;
import org.boardpack.system.BoardpackProperties;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly pack: ingest the programme's files into the store, roll up the period,
 * render its outputs, publish the pack. Job parameters: {@code programme},
 * {@code period}, {@code attempt} (identifying) and {@code folder}.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyPackJobConfiguration {

	static final String JOB = "monthlyPack";

	@Bean
	Job monthlyPackJob(JobRepository jobs, Step ingestStep, Step rollupStep, Step renderStep, Step publishStep,
			RunningPacks running, StoreMarks marks) {
		return new JobBuilder(JOB, jobs).listener(running)
			.listener(marks)
			.start(ingestStep)
			.next(rollupStep)
			.next(renderStep)
			.next(publishStep)
			.build();
	}

	@Bean
	Step ingestStep(JobRepository jobs, PlatformTransactionManager transactions, ProgrammeStore store,
			ProgrammeInputs inputs, RunningPacks running, RunProgress progress) {
		return new StepBuilder(PackStep.INGEST.stepName(), jobs)
			.tasklet(new IngestTasklet(store, inputs, progress), transactions)
			.listener(new StageTimingListener(PackStep.INGEST.stage()))
			.listener((StepExecutionListener) running)
			.build();
	}

	@Bean
	Step rollupStep(JobRepository jobs, PlatformTransactionManager transactions, ProgrammeStore store,
			BoardpackProperties properties, RunningPacks running, RunProgress progress) {
		return new StepBuilder(PackStep.ROLLUP.stepName(), jobs)
			.tasklet(new RollupTasklet(store, properties, progress), transactions)
			.listener(new StageTimingListener(PackStep.ROLLUP.stage()))
			.listener((StepExecutionListener) running)
			.build();
	}

	@Bean
	Step renderStep(JobRepository jobs, PlatformTransactionManager transactions, ObjectProvider<PackRenderer> renderers,
			PackMaker packs, BoardpackProperties properties, RunningPacks running, RunProgress progress,
			RenderThreads threads) {
		return new StepBuilder(PackStep.RENDER.stepName(), jobs)
			.tasklet(new RenderTasklet(renderers.orderedStream().toList(), packs, properties, progress, threads),
					transactions)
			.listener(new StageTimingListener(PackStep.RENDER.stage()))
			.listener((StepExecutionListener) running)
			.build();
	}

	@Bean
	Step publishStep(JobRepository jobs, PlatformTransactionManager transactions, ProgrammeStore store,
			BoardpackProperties properties, RunningPacks running, RunLocks locks, RunProgress progress) {
		return new StepBuilder(PackStep.PUBLISH.stepName(), jobs)
			.tasklet(new PublishTasklet(store, properties, locks, progress), transactions)
			.listener(new StageTimingListener(PackStep.PUBLISH.stage()))
			.listener((StepExecutionListener) running)
			.build();
	}

}
