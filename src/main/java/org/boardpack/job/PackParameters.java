package org.boardpack.job;

import java.nio.file.Path;
import java.time.YearMonth;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one monthly pack run. Programme, period, attempt and the digest of
 * the inputs identify the run: a failed attempt is restarted with the same parameters
 * while its inputs are unchanged; a new run of the period takes the next attempt number.
 */
record PackParameters(String programme, YearMonth period, long attempt, String inputs, Path folder) {

	static PackParameters of(JobParameters parameters) {
		return new PackParameters(parameters.getString("programme"), YearMonth.parse(parameters.getString("period")),
				parameters.getLong("attempt"), parameters.getString("inputs"), Path.of(parameters.getString("folder")));
	}

	JobParameters toJobParameters() {
		return new JobParametersBuilder().addString("programme", this.programme)
			.addString("period", this.period.toString())
			.addLong("attempt", this.attempt)
			.addString("inputs", this.inputs)
			.addString("folder", this.folder.toString(), false)
			.toJobParameters();
	}

	boolean sameRun(PackRequest request) {
		return this.programme.equals(request.programme()) && this.period.equals(request.period());
	}

}
