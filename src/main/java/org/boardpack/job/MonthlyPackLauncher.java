package org.boardpack.job;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.boardpack.input.InvalidInputException;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.system.BoardpackProperties;
import org.boardpack.system.StageTimings;
import org.boardpack.system.TemplatesFolder;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts the monthly pack for a programme and period, or for many programmes at once, one
 * run per programme at a time. A failed or stopped run of the same period is restarted
 * where it stopped, and so is one cut short (its process killed); a completed one is run
 * afresh, replacing that period's data and outputs.
 */
@Component
public class MonthlyPackLauncher {

	private final JobOperator operator;

	private final Job job;

	private final JobRepository repository;

	private final Step programmePackStep;

	private final BoardpackProperties properties;

	private final PackAttempts attempts;

	private final ProgrammeInputs inputs;

	private final RunLocks locks;

	private final RunningPacks running;

	private final ManyRunAttempts manyRuns;

	private final ObjectProvider<RemotePacks> remote;

	private final StoreOutages outages;

	private final OwnTemplatesTrial templatesTrial;

	MonthlyPackLauncher(JobOperator operator, JobRepository repository, Job monthlyPackJob, Step programmePackStep,
			BoardpackProperties properties, PackAttempts attempts, ProgrammeInputs inputs, RunLocks locks,
			RunningPacks running, ManyRunAttempts manyRuns, ObjectProvider<RemotePacks> remote, StoreOutages outages,
			OwnTemplatesTrial templatesTrial) {
		this.templatesTrial = templatesTrial;
		this.manyRuns = manyRuns;
		this.remote = remote;
		this.outages = outages;
		this.locks = locks;
		this.running = running;
		this.operator = operator;
		this.repository = repository;
		this.job = monthlyPackJob;
		this.programmePackStep = programmePackStep;
		this.properties = properties;
		this.attempts = attempts;
		this.inputs = inputs;
	}

	/**
	 * Runs the job and returns where the pack was published. Throws
	 * {@link PackBusyException} when the programme is being run already,
	 * {@link PackStoppedException} when the run was asked to stop, and the cause when it
	 * failed.
	 */
	public Path run(PackRequest request) throws Exception {
		return run(request, (pack) -> pack);
	}

	/**
	 * As {@link #run(PackRequest)}, with the folder already read, so that the ingest step
	 * need not read it again.
	 */
	public Path run(PackRequest request, ProgrammeInput input) throws Exception {
		return run(request, input, (pack) -> pack);
	}

	/**
	 * As {@link #run(PackRequest, ProgrammeInput)}, then {@code then} with the published
	 * pack while the programme's run lock is still held: no other run can replace the
	 * pack while it is delivered or made into a paper. A programme's own templates are
	 * filled in on trial first, so that one failing is refused before anything is stored.
	 */
	public <T> T run(PackRequest request, ProgrammeInput input, WithPack<T> then) throws Exception {
		this.templatesTrial.fill(input, request.period(), request.folder());
		this.inputs.offer(request.folder(), input);
		try {
			return run(request, then);
		}
		finally {
			this.inputs.discard(request.folder(), input);
		}
	}

	private <T> T run(PackRequest request, WithPack<T> then) throws Exception {
		if (this.remote.getIfAvailable() != null) {
			return onWorker(request, then);
		}
		StageTimings.startUp();
		try {
			return runLocked(request, then);
		}
		catch (Exception ex) {
			throw DiskFullException.of(this.outages.translate(ex, request.programme(), request.period()),
					new PackFolder(this.properties.outputDir(), request.programme(), request.period().toString()));
		}
	}

	private <T> T runLocked(PackRequest request, WithPack<T> then) throws Exception {
		TemplatesFolder.require(this.properties.templatesDir());
		try (RunLocks.RunLock lock = this.locks.acquire(request.programme(), request.period())) {
			if (this.running.stopping()) {
				throw new PackStoppedException(request.programme(), request.period(), null);
			}
			JobExecution execution = this.operator.start(this.job, this.attempts.next(request).toJobParameters());
			if (execution.getStatus() == BatchStatus.STOPPED) {
				throw new PackStoppedException(request.programme(), request.period(), nextStage(execution));
			}
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				throw refused(failure(execution));
			}
			return then
				.use(new PackFolder(this.properties.outputDir(), request.programme(), request.period().toString())
					.published());
		}
	}

	/**
	 * With workers: the pack is made by a worker, as a run of many of this one programme,
	 * then used here under the programme's run lock, from the output folder the worker
	 * shares with this process.
	 */
	private <T> T onWorker(PackRequest request, WithPack<T> then) throws Exception {
		PackOutcome outcome = runAll(List.of(request.folder()), request.period()).get(0);
		if (outcome.failure() != null) {
			throw outcome.failure();
		}
		try (RunLocks.RunLock lock = this.locks.acquire(request.programme(), request.period())) {
			return then.use(outcome.pack());
		}
	}

	/** Work with a published pack, done before its programme's run lock is let go. */
	@FunctionalInterface
	public interface WithPack<T> {

		T use(Path pack) throws Exception;

	}

	/**
	 * The programme's latest run if it did not finish (it failed, was stopped, or its
	 * process was killed), for {@code restart}; empty when its latest run completed or it
	 * was never run.
	 */
	public Optional<UnfinishedRun> unfinished(String programme) {
		JobExecution latest = this.attempts.latestRun(programme);
		if (latest == null || latest.getStatus() == BatchStatus.COMPLETED) {
			return Optional.empty();
		}
		return Optional.of(new UnfinishedRun(PackParameters.of(latest.getJobParameters()).period(),
				latest.getStatus().isRunning() ? "cut short" : latest.getStatus().name().toLowerCase(Locale.ROOT),
				latest.getStartTime()));
	}

	/**
	 * A run that did not finish.
	 *
	 * @param how "failed", "stopped", or "cut short" (still marked as running: its
	 * process was killed, or it is running now)
	 */
	public record UnfinishedRun(YearMonth period, String how, LocalDateTime started) {
	}

	/**
	 * The stage a stopped run will resume at, for the message: the step it stopped in, or
	 * the one after the last it completed. A resumed run holds only the steps it ran, so
	 * the step names are looked at, not counted.
	 */
	private static String nextStage(JobExecution execution) {
		int next = -1;
		for (StepExecution step : execution.getStepExecutions()) {
			PackStep packStep = PackStep.of(step);
			if (packStep == null) {
				continue;
			}
			if (step.getStatus() != BatchStatus.COMPLETED) {
				return packStep.stage();
			}
			next = Math.max(next, packStep.ordinal() + 1);
		}
		return (next >= 0 && next < PackStep.values().length) ? PackStep.values()[next].stage() : null;
	}

	/**
	 * Runs the pack of every programme folder, each in its own partition: as many at once
	 * as there are processors, or, with workers enabled, on whichever workers take them.
	 * {@code period} null means each programme's latest period. One programme's failure
	 * does not stop the others; the outcome of each is returned in the order given. The
	 * same programmes run again after a failure or a killed process restart that run,
	 * without making again the packs it made.
	 */
	public List<PackOutcome> runAll(List<Path> folders, YearMonth period) throws Exception {
		StageTimings.startUp();
		TemplatesFolder.require(this.properties.templatesDir());
		List<String> names = new ArrayList<>();
		for (Path folder : folders) {
			names.add(folder.toAbsolutePath().normalize().toString());
		}
		RemotePacks remote = this.remote.getIfAvailable();
		String batch = ManyRunAttempts.batch(names, period);
		try (RunLocks.RunLock lock = this.locks
			.acquire("these " + names.size() + " programmes (" + batch.substring(0, 12) + ")", period)) {
			Job allPacks = AllPacksJobConfiguration.allPacksJob(this.repository, this.programmePackStep, names, period,
					remote);
			JobExecution execution = this.operator.start(allPacks,
					this.manyRuns.next(batch, names.size(), period, remote));
			return new PackOutcomes(this.attempts, this.repository, this.properties.outputDir()).of(execution, names);
		}
	}

	/**
	 * A run refused for its input after its ingest stage (a shared template that fails
	 * only when filled in: the checks at reading and the trial of a programme's own
	 * templates catch all else) is said to be so, since its files were stored. Its
	 * staging folder is kept, so that once the template is mended the run resumes at the
	 * stage that failed.
	 */
	private static Exception refused(Exception failure) {
		return (failure instanceof InvalidInputException invalid) ? invalid.foundAfterStoring() : failure;
	}

	static Exception failure(JobExecution execution) {
		List<Throwable> causes = execution.getAllFailureExceptions();
		for (Throwable cause : causes) {
			for (Throwable t = cause; t != null; t = t.getCause()) {
				if (t instanceof InvalidInputException || t instanceof RunLockLostException
						|| t instanceof DiskFullException) {
					return (Exception) t; // says all that is needed, in the user's words
				}
			}
		}
		String reason = causes.isEmpty() ? execution.getExitStatus().getExitDescription() : causes.get(0).toString();
		return new IllegalStateException("the run ended " + execution.getStatus() + ": " + reason,
				causes.isEmpty() ? null : causes.get(0));
	}

}
