package org.boardpack.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.boardpack.TestFolders;
import org.boardpack.input.Checksums;
import org.boardpack.input.InvalidInputException;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.plan.Rag;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.boardpack.rollup.RollupJson;
import org.boardpack.system.StagedFolder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The monthly pack job on the bundled programme, checked against its input files. */
@SpringBootTest
class MonthlyPackJobTests extends PackTestSupport {

	private static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	private static final YearMonth LATEST = YearMonth.of(2017, 10);

	@Autowired
	private MonthlyPackLauncher launcher;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobs;

	@Test
	void rollupHoldsEveryPriorityAndActionOfThePlanWithCountsThatMatchTheInputFiles() throws Exception {
		// given
		List<CSVRecord> actions = csv(BUNDLED.resolve("plan/actions.csv"));
		Map<String, CSVRecord> updates = csv(BUNDLED.resolve("updates/2017-10.csv")).stream()
			.collect(Collectors.toMap((r) -> r.get("action_id"), Function.identity()));

		// when
		Path pack = run(BUNDLED, LATEST);

		// then
		Rollup rollup = RollupJson.read(pack.resolve("rollup.json"));
		assertThat(rollup.priorities()).extracting(PriorityRollup::id)
			.containsExactlyElementsOf(
					csv(BUNDLED.resolve("plan/priorities.csv")).stream().map((r) -> r.get("priority_id")).toList());
		List<ActionRollup> rolled = rollup.priorities().stream().flatMap((p) -> p.actions().stream()).toList();
		assertThat(rolled).extracting(ActionRollup::id)
			.containsExactlyElementsOf(actions.stream().map((r) -> r.get("action_id")).toList());
		for (PriorityRollup priority : rollup.priorities()) {
			long planned = actions.stream().filter((r) -> r.get("priority_id").equals(priority.id())).count();
			assertThat(priority.counts().total()).as("priority %s", priority.id()).isEqualTo((int) planned);
			assertThat(priority.updatesMissing()).as("priority %s", priority.id())
				.isEqualTo((int) priority.actions().stream().filter((a) -> missing(a, updates)).count());
		}
		assertThat(rollup.programme().actions()).isEqualTo(actions.size());
		assertThat(rollup.programme().updatesMissing())
			.isEqualTo((int) rolled.stream().filter((a) -> missing(a, updates)).count())
			.isPositive();
		for (ActionRollup action : rolled) {
			CSVRecord update = updates.get(action.id());
			if (update != null) {
				assertThat(action.status()).as(action.id()).isEqualTo(update.get("status"));
				assertThat(action.percentComplete()).as(action.id())
					.isEqualTo(Integer.parseInt(update.get("percent_complete")));
				if (update.get("status").equals("complete")) {
					assertThat(action.assessedRag()).as(action.id()).isEqualTo(Rag.BLUE);
				}
			}
		}
		assertThat(rollup.indicators()).hasSize(csv(BUNDLED.resolve("indicators/indicators.csv")).size());
	}

	@Test
	void theStoreKeepsEverythingTheRollupNeedsExactlyAsTheFilesSayIt() throws Exception {
		// when
		Path pack = run(BUNDLED, LATEST);

		// then the roll-up made from the store is the one made from the files directly
		Rollup fromFiles = new RollupBuilder(ProgrammeReader.read(BUNDLED)).build(LATEST);
		assertThat(RollupJson.read(pack.resolve("rollup.json"))).isEqualTo(fromFiles);
	}

	@Test
	void manifestListsTheOutputsAndInputsWithTheirChecksums() throws Exception {
		// when
		Path pack = run(BUNDLED, LATEST);

		// then
		JsonNode manifest = RollupJson.MAPPER.readTree(pack.resolve("manifest.json").toFile());
		assertThat(manifest.get("period").asString()).isEqualTo("2017-10");
		Map<String, String> outputs = manifest.get("outputs")
			.valueStream()
			.collect(Collectors.toMap((n) -> n.get("file").asString(), (n) -> n.get("sha256").asString()));
		assertThat(outputs).containsEntry("rollup.json",
				Checksums.sha256(Files.readAllBytes(pack.resolve("rollup.json"))));
		assertThat(outputs).containsEntry("rag-tracker.xlsx",
				Checksums.sha256(Files.readAllBytes(pack.resolve("rag-tracker.xlsx"))));
		Map<String, String> inputs = manifest.get("inputs")
			.valueStream()
			.collect(Collectors.toMap((n) -> n.get("file").asString(), (n) -> n.get("sha256").asString()));
		assertThat(inputs).containsEntry("plan/actions.csv",
				Checksums.sha256(Files.readAllBytes(BUNDLED.resolve("plan/actions.csv"))));
		assertThat(inputs).containsKeys("programme.yml", "updates/2017-10.csv", "indicators/values.csv");
	}

	@Test
	void aProgrammeThatAsksForTheTrackerOnlyGetsTheTrackerBesideItsRollupIndexAndManifest() throws Exception {
		// given a programme of its own, so the bundled one keeps all its outputs
		Path copy = TestFolders.copy(BUNDLED, Files.createTempDirectory("outputs").resolve("tracker-only"));
		Path yml = copy.resolve("programme.yml");
		Files.writeString(yml,
				Files.readString(yml).replace("id: bromley-csc-2016", "id: tracker-only") + "outputs: [tracker]\n");

		// when
		Path pack = run(copy, LATEST);

		// then
		assertThat(Files.list(pack).map((p) -> p.getFileName().toString())).containsExactlyInAnyOrder("rollup.json",
				"rag-tracker.xlsx", "index.html", "manifest.json");
		JsonNode manifest = RollupJson.MAPPER.readTree(pack.resolve("manifest.json").toFile());
		assertThat(manifest.get("outputs").valueStream().map((n) -> n.get("file").asString()))
			.containsExactlyInAnyOrder("rollup.json", "rag-tracker.xlsx", "index.html");
	}

	@Test
	void runningThePeriodAgainReplacesItWithIdenticalBytesAndNoDuplicateRows() throws Exception {
		// given
		Path pack = run(BUNDLED, LATEST);
		byte[] rollup = Files.readAllBytes(pack.resolve("rollup.json"));
		byte[] manifest = Files.readAllBytes(pack.resolve("manifest.json"));

		// when
		run(BUNDLED, LATEST);

		// then
		assertThat(Files.readAllBytes(pack.resolve("rollup.json"))).isEqualTo(rollup);
		assertThat(Files.readAllBytes(pack.resolve("manifest.json"))).isEqualTo(manifest);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from action_update where programme_id = 'bromley-csc-2016' and period = '2017-10'",
				Integer.class))
			.isEqualTo(csv(BUNDLED.resolve("updates/2017-10.csv")).size());
		assertThat(Files.list(pack.getParent()).map((p) -> p.getFileName().toString()))
			.doesNotContain(".2017-10.staging", ".2017-10.previous");
	}

	@Test
	void aCorruptedUpdateRowIsReportedByFileRowAndColumnAndLeavesStoreAndOutputsAsTheyWere() throws Exception {
		// given
		Path pack = run(BUNDLED, LATEST);
		byte[] rollup = Files.readAllBytes(pack.resolve("rollup.json"));
		String storeBefore = storeFingerprint();
		Path copy = copyProgramme(BUNDLED);
		Path updates = copy.resolve("updates/2017-10.csv");
		List<String> lines = Files.readAllLines(updates);
		String[] cells = lines.get(3).split(",", -1);
		cells[2] = "140";
		cells[1] = "finished";
		lines.set(3, String.join(",", cells));
		Files.write(updates, lines);

		// when / then
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> run(copy, LATEST))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly(
						"updates/2017-10.csv:4:B (status): \"finished\" is not one of: not-started, in-progress, complete, on-hold, cancelled",
						"updates/2017-10.csv:4:C (percent_complete): 140 is more than 100: give a whole number from 0 to 100"));
		assertThat(storeFingerprint()).isEqualTo(storeBefore);
		assertThat(Files.readAllBytes(pack.resolve("rollup.json"))).isEqualTo(rollup);
	}

	@Test
	void aRunThatFailedPartWayIsResumedWhereItStoppedAndGivesTheSameOutputs() throws Exception {
		// given an uninterrupted run, and a second output folder that cannot be written
		// to at first
		byte[] expected = Files.readAllBytes(run(BUNDLED, YearMonth.of(2017, 3)).resolve("rollup.json"));
		Path blocker = Files.createDirectories(outputDir().resolve("bromley-csc-2016"));
		Files.move(blocker, outputDir().resolveSibling("moved-aside"));
		Files.writeString(blocker, "not a folder");
		long stepsBefore = ingestSteps();

		// when the first attempt fails in the roll-up step, and the run is started again
		// once the cause is gone
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> run(BUNDLED, YearMonth.of(2017, 3)))
			.withMessageContaining("FAILED");
		Files.delete(blocker);
		Path pack = run(BUNDLED, YearMonth.of(2017, 3));

		// then the ingest step ran once, in the failed attempt, and the pack matches the
		// uninterrupted one
		assertThat(ingestSteps() - stepsBefore).isEqualTo(1);
		assertThat(Files.readAllBytes(pack.resolve("rollup.json"))).isEqualTo(expected);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from batch_step_execution where step_name = 'rollupStep' " + "and status = 'FAILED'",
				Integer.class))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void aFailedRunWhoseStagingFolderWasClearedIsMadeAfreshInsteadOfResumed() throws Exception {
		// given a run that failed in its render step, on a template of the programme's
		// own that is well formed (so
		// reading passes it) but names a value the model does not have
		Path copy = copyProgramme(BUNDLED);
		YearMonth period = YearMonth.of(2017, 6);
		Path template = Files.createDirectories(copy.resolve("templates")).resolve("exception-report.ftlh");
		Files.writeString(template, "${report.noSuchValue}");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> run(copy, period))
			.withMessageContaining("templates/exception-report.ftlh:1: the template failed")
			.matches(InvalidInputException::isFoundAfterStoring);
		// and, since, the template mended and the output folder emptied (as a clean-up or
		// a move to another machine
		// would leave it), so the staged roll-up a resume would start from is gone
		Files.delete(template);
		StagedFolder.delete(outputDir().resolve("bromley-csc-2016").resolve(".2017-06.staging"));

		// when
		Path pack = run(copy, period);

		// then the run is made again from the start and its pack is whole
		assertThat(RollupJson.read(pack.resolve("rollup.json")).programme().period()).isEqualTo("2017-06");
		assertThat(pack.resolve("exception-report.pdf")).isNotEmptyFile();
		assertThat(this.jdbc
			.queryForObject("select count(*) from batch_step_execution s join batch_job_execution_params p "
					+ "on p.job_execution_id = s.job_execution_id where s.step_name = 'rollupStep' and s.status = 'COMPLETED' "
					+ "and p.parameter_name = 'programme' and p.parameter_value = 'bromley-csc-2016'", Integer.class))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aRenderResumedAfterProgrammeYmlWasEditedFollowsTheSettingsTheRunStored() throws Exception {
		// given a run that stored its inputs and failed in its render step, on a template
		// of its own that is well
		// formed (so reading passes it) but names a value the model does not have
		Path copy = copyProgramme(BUNDLED);
		YearMonth period = YearMonth.of(2017, 7);
		Path template = Files.createDirectories(copy.resolve("templates")).resolve("exception-report.ftlh");
		Files.writeString(template, "${report.noSuchValue}");
		ProgrammeInput stored = ProgrammeReader.read(copy);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> run(copy, period))
			.matches(InvalidInputException::isFoundAfterStoring);
		// and, since, the template mended and the paper's contact officer changed in
		// programme.yml
		Files.delete(template);
		Path settings = copy.resolve("programme.yml");
		Files.writeString(settings, Files.readString(settings)
			.replace("contactOfficer: Head of Service, Quality Improvement", "contactOfficer: Someone Else Entirely"));

		// when the failed run is resumed, as it is while its inputs are taken to be those
		// it stored
		Path pack = this.launcher.run(new PackRequest(copy.toAbsolutePath().normalize(), "bromley-csc-2016", period,
				stored.inputsDigest(), false));

		// then it resumed at the render step, and the paper names the contact officer the
		// run stored
		assertThat(ingestStepsOf(period)).isEqualTo(1);
		String paper = Files.readString(pack.resolve("board-paper.html"));
		assertThat(paper).contains("Head of Service, Quality Improvement").doesNotContain("Someone Else Entirely");
	}

	private long ingestStepsOf(YearMonth period) {
		return this.jdbc.queryForObject("select count(*) from batch_step_execution s join batch_job_execution_params p "
				+ "on p.job_execution_id = s.job_execution_id where s.step_name = 'ingestStep' "
				+ "and p.parameter_name = 'period' and p.parameter_value = ?", Long.class, period.toString());
	}

	private Path run(Path folder, YearMonth period) throws Exception {
		return this.launcher.run(PackRequest.of(folder, ProgrammeReader.read(folder), period, false));
	}

	/**
	 * Open actions with no row in the period's return: finished and cancelled ones need
	 * no update.
	 */
	private static boolean missing(ActionRollup action, Map<String, CSVRecord> updates) {
		return !updates.containsKey(action.id()) && !List.of("complete", "cancelled").contains(action.status());
	}

	@Test
	void aFailedRunWhoseInputsWereCorrectedStartsAfreshAndStoresTheCorrection() throws Exception {
		// given a run that stored its inputs and then failed in the roll-up step
		Path copy = copyProgramme(BUNDLED);
		YearMonth period = YearMonth.of(2017, 4);
		Path blocker = Files.createDirectories(outputDir().resolve("bromley-csc-2016"));
		Path aside = outputDir().resolveSibling("aside-" + period);
		Files.move(blocker, aside);
		Files.writeString(blocker, "not a folder");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> run(copy, period));
		Files.delete(blocker);
		Files.move(aside, blocker);

		// when a lead's return is corrected before the next run
		Path updates = copy.resolve("updates/2017-04.csv");
		List<String> lines = Files.readAllLines(updates);
		String[] cells = lines.get(1).split(",", -1);
		lines.set(1,
				cells[0] + ",on-hold,40,amber,Paused while the new director reviews the approach.,,,DCS,2017-04-28");
		Files.write(updates, lines);
		Path pack = run(copy, period);

		// then the corrected return is what the pack shows
		ActionRollup action = RollupJson.read(pack.resolve("rollup.json"))
			.priorities()
			.get(0)
			.actions()
			.stream()
			.filter((a) -> a.id().equals(cells[0]))
			.findFirst()
			.orElseThrow();
		assertThat(action.status()).isEqualTo("on-hold");
		assertThat(action.commentary()).isEqualTo("Paused while the new director reviews the approach.");
	}

	@Test
	void aReturnWithdrawnSinceTheLastRunOfThePeriodIsGoneFromTheStoreAndThePack() throws Exception {
		// given
		Path copy = copyProgramme(BUNDLED);
		YearMonth period = YearMonth.of(2017, 2);
		run(copy, period);
		Files.delete(copy.resolve("updates/2017-02.csv"));

		// when
		Path pack = run(copy, period);

		// then
		assertThat(this.jdbc.queryForObject(
				"select count(*) from action_update where programme_id = 'bromley-csc-2016' and period = '2017-02'",
				Integer.class))
			.isZero();
		JsonNode manifest = RollupJson.MAPPER.readTree(pack.resolve("manifest.json").toFile());
		assertThat(manifest.get("inputs").valueStream().map((n) -> n.get("file").asString()))
			.contains("updates/2017-01.csv")
			.doesNotContain("updates/2017-02.csv", "updates/2017-03.csv");
		assertThat(RollupJson.read(pack.resolve("rollup.json")).programme().updatesMissing()).isPositive();
	}

	@Test
	void aRunCutShortByAKilledProcessIsRecoveredAndCompletedOnTheEmbeddedStore() throws Exception {
		// given a run left marked as running in its ingest step, as a killed process
		// leaves it
		YearMonth period = YearMonth.of(2017, 5);
		PackRequest request = PackRequest.of(BUNDLED, ProgrammeReader.read(BUNDLED), period, false);
		JobParameters parameters = new PackParameters(request.programme(), period, 1, request.inputs(),
				request.folder())
			.toJobParameters();
		JobInstance instance = this.jobs.createJobInstance(MonthlyPackJobConfiguration.JOB, parameters);
		JobExecution cutShort = this.jobs.createJobExecution(instance, parameters, new ExecutionContext());
		cutShort.setStatus(BatchStatus.STARTED);
		cutShort.setStartTime(LocalDateTime.of(2017, 6, 5, 6, 0));
		this.jobs.update(cutShort);
		StepExecution step = this.jobs.createStepExecution("ingestStep", cutShort);
		step.setStatus(BatchStatus.STARTED);
		this.jobs.update(step);

		// when
		Path pack = run(BUNDLED, period);

		// then the cut-short execution is marked failed and the same run completes in a
		// new execution
		assertThat(this.jobs.getJobExecution(cutShort.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.jobs.getLastJobExecution(instance).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobs.getJobExecutions(instance)).hasSize(2);
		assertThat(RollupJson.read(pack.resolve("rollup.json")).programme().period()).isEqualTo("2017-05");
	}

	@Test
	void aRunWhoseProcessDiedBetweenCreatingItsJobAndItsFirstExecutionIsMadeByTheNextRun() throws Exception {
		// given a job instance with no execution, as a process or database that died
		// between Spring Batch's two
		// creating transactions leaves it, for the first attempt at the period
		YearMonth period = YearMonth.of(2016, 9);
		PackRequest request = PackRequest.of(BUNDLED, ProgrammeReader.read(BUNDLED), period, false);
		JobInstance orphan = this.jobs.createJobInstance(MonthlyPackJobConfiguration.JOB,
				new PackParameters(request.programme(), period, 1, request.inputs(), request.folder())
					.toJobParameters());

		// when
		Path pack = run(BUNDLED, period);

		// then the run is made, as attempt 1, in a job instance with an execution
		assertThat(RollupJson.read(pack.resolve("rollup.json")).programme().period()).isEqualTo("2016-09");
		JobInstance made = this.jobs.getJobInstance(MonthlyPackJobConfiguration.JOB,
				new PackParameters(request.programme(), period, 1, request.inputs(), request.folder())
					.toJobParameters());
		assertThat(this.jobs.getJobExecutions(made)).extracting(JobExecution::getStatus)
			.containsExactly(BatchStatus.COMPLETED);
		assertThat(this.jobs.getJobInstance(orphan.getInstanceId())).isNull();
	}

	@Test
	void aRunAgainAfterOneWhoseProcessDiedBeforeItsFirstExecutionIsMadeAsTheNextAttempt() throws Exception {
		// given a completed run of the period, then a run again that died with only its
		// job instance created
		YearMonth period = YearMonth.of(2016, 10);
		run(BUNDLED, period);
		PackRequest request = PackRequest.of(BUNDLED, ProgrammeReader.read(BUNDLED), period, false);
		this.jobs.createJobInstance(MonthlyPackJobConfiguration.JOB,
				new PackParameters(request.programme(), period, 2, request.inputs(), request.folder())
					.toJobParameters());

		// when
		run(BUNDLED, period);

		// then the second attempt is made and completed
		JobInstance second = this.jobs.getJobInstance(MonthlyPackJobConfiguration.JOB,
				new PackParameters(request.programme(), period, 2, request.inputs(), request.folder())
					.toJobParameters());
		assertThat(this.jobs.getJobExecutions(second)).extracting(JobExecution::getStatus)
			.containsExactly(BatchStatus.COMPLETED);
	}

	@Test
	void aRunWhoseStageOutcomeCouldNotBeRecordedIsMadeAfreshInsteadOfRefused() throws Exception {
		// given a failed run whose ingest step is UNKNOWN, as a database lost while
		// recording its end leaves it;
		// Spring Batch refuses to resume such a run
		YearMonth period = YearMonth.of(2016, 11);
		PackRequest request = PackRequest.of(BUNDLED, ProgrammeReader.read(BUNDLED), period, false);
		JobParameters parameters = new PackParameters(request.programme(), period, 1, request.inputs(),
				request.folder())
			.toJobParameters();
		JobInstance instance = this.jobs.createJobInstance(MonthlyPackJobConfiguration.JOB, parameters);
		JobExecution failed = this.jobs.createJobExecution(instance, parameters, new ExecutionContext());
		failed.setStartTime(LocalDateTime.of(2016, 12, 5, 6, 0));
		StepExecution step = this.jobs.createStepExecution("ingestStep", failed);
		step.setStatus(BatchStatus.UNKNOWN);
		this.jobs.update(step);
		failed.setStatus(BatchStatus.FAILED);
		failed.setEndTime(LocalDateTime.of(2016, 12, 5, 6, 1));
		this.jobs.update(failed);

		// when
		Path pack = run(BUNDLED, period);

		// then a second attempt made the pack
		assertThat(RollupJson.read(pack.resolve("rollup.json")).programme().period()).isEqualTo("2016-11");
		JobInstance second = this.jobs.getJobInstance(MonthlyPackJobConfiguration.JOB,
				new PackParameters(request.programme(), period, 2, request.inputs(), request.folder())
					.toJobParameters());
		assertThat(this.jobs.getLastJobExecution(second).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private long ingestSteps() {
		return this.jdbc.queryForObject("select count(*) from batch_step_execution where step_name = 'ingestStep'",
				Long.class);
	}

	private String storeFingerprint() {
		return this.jdbc
			.queryForList("select period, action_id, status, percent_complete, rag, commentary from "
					+ "action_update order by period, action_id")
			.toString()
				+ this.jdbc.queryForList("select * from indicator_value order by indicator_id, period").toString();
	}

	static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
