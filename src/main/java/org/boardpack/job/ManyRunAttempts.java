package org.boardpack.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A run of many as a whole. It is known by a digest of its folders, every file in them
 * and its period, not by its list of folders, which can be too long for a job parameter
 * (the list is kept in the partitions' execution contexts). Running the same programmes
 * again after a failure, a stop or a killed process restarts that run: the partitions it
 * completed are not made again. Once it completed, the same command is a new run. Called
 * with the run's lock held.
 */
@Component
class ManyRunAttempts {

	static final String BATCH = "batch";

	static final String ATTEMPT = "attempt";

	private final JdbcTemplate jdbc;

	private final JobRepository repository;

	private final JobOperator operator;

	ManyRunAttempts(JdbcTemplate jdbc, JobRepository repository, JobOperator operator) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.operator = operator;
	}

	/**
	 * The parameters of the next execution: the last run's, to restart it, unless it
	 * completed. A run still marked as running lost its manager (the caller holds the
	 * lock); with workers, its partitions under way are left to end first.
	 */
	JobParameters next(String batch, int programmes, YearMonth period, RemotePacks remote) throws InterruptedException {
		JobExecution last = lastRun(batch);
		long attempt = 1;
		if (last != null) {
			attempt = last.getJobParameters().getLong(ATTEMPT);
			if (last.getStatus().isRunning()) {
				if (remote != null) {
					remote.settle(last);
				}
				last = this.operator.recover(last);
			}
			if (last.getStatus() == BatchStatus.COMPLETED) {
				attempt++;
			}
		}
		JobParametersBuilder parameters = new JobParametersBuilder().addString(BATCH, batch)
			.addLong(ATTEMPT, attempt)
			.addLong("programmes", (long) programmes, false);
		if (period != null) {
			parameters.addString(AllPacksJobConfiguration.PERIOD, period.toString(), false);
		}
		return parameters.toJobParameters();
	}

	private JobExecution lastRun(String batch) {
		List<Long> ids = this.jdbc.queryForList("""
				select e.job_execution_id from batch_job_execution e
				join batch_job_instance i on i.job_instance_id = e.job_instance_id
				join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
				where i.job_name = ? and p.parameter_name = ? and p.parameter_value = ?
				order by e.job_execution_id desc""", Long.class, AllPacksJobConfiguration.JOB, BATCH, batch);
		return ids.isEmpty() ? null : this.repository.getJobExecution(ids.get(0));
	}

	/**
	 * The digest that names a run of many: its folders in order, each file's name and
	 * bytes, and the period.
	 */
	static String batch(List<String> folders, YearMonth period) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(String.valueOf(period).getBytes(StandardCharsets.UTF_8));
			for (String folder : folders) {
				digest.update(("\n" + folder + "\n").getBytes(StandardCharsets.UTF_8));
				for (Path file : files(Path.of(folder))) {
					digest.update((Path.of(folder).relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
					try (InputStream in = Files.newInputStream(file);
							DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
						in.transferTo(out);
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("this Java has no SHA-256", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The folder's files in name order, hidden ones (lock files, staging) left out as the
	 * readers leave them.
	 */
	private static List<Path> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile)
				.filter((path) -> !folder.relativize(path).toString().startsWith(".")
						&& !path.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
	}

}
