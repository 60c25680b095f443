package org.boardpack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import org.boardpack.generate.SyntheticProgrammes;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.boardpack.rollup.RollupJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The roll-up of one synthetic programme for its last period, warm, without the store: what the rating and
 * roll-up rules cost by themselves, and the JSON the render step reads, as the plan grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RollupBenchmark {

	@Param({ "300", "3000" })
	public int actions;

	private ProgrammeInput input;

	private YearMonth period;

	private Rollup rollup;

	@Setup
	public void setUp() throws IOException {
		Path folder = Files.createTempDirectory("rollup-bench");
		Path programme = new SyntheticProgrammes(new SyntheticProgrammes.Shape(1, this.actions, 120, 36), 7)
			.write(folder).get(0);
		this.input = ProgrammeReader.read(programme);
		this.period = this.input.latestPeriod();
		this.rollup = new RollupBuilder(this.input).build(this.period);
	}

	@Benchmark
	public Rollup rollUp() {
		return new RollupBuilder(this.input).build(this.period);
	}

	@Benchmark
	public byte[] writeJson() {
		return RollupJson.MAPPER.writeValueAsBytes(this.rollup);
	}

}
