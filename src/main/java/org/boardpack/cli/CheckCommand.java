package org.boardpack.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.input.Counted;
import org.boardpack.input.InvalidInputException;
import org.boardpack.programme.ReturnCheck;

/**
 * {@code check FILE}: every problem in one update return, as {@code file:row:column}, so
 * a return can be put right before it is filed. Nothing is stored or written.
 */
final class CheckCommand {

	private final PrintStream out;

	CheckCommand(PrintStream out) {
		this.out = out;
	}

	ExitCode run(Arguments arguments) {
		if (arguments.help()) {
			this.out.print(HelpText.CHECK);
			return ExitCode.OK;
		}
		if (arguments.positional().size() != 1) {
			throw new Arguments.UsageException("give the one return to check: ./boardpack check FILE");
		}
		Path file = Path.of(arguments.positional().get(0));
		if (!Files.isRegularFile(file)) {
			throw new Arguments.UsageException(file + ": no such file");
		}
		YearMonth period = arguments.optionalPeriod("period");
		ReturnCheck.Result result = ReturnCheck.check(programme(file), file, period);
		if (result.period() == null) {
			throw new Arguments.UsageException(file + ": give --period YYYY-MM; neither the workbook's cover, "
					+ "its folder nor its name says which month it is for");
		}
		if (!result.problems().isEmpty()) {
			throw new InvalidInputException(result.problems());
		}
		this.out.printf("%s is a valid return for %s: %s updated.%n", file, result.period(),
				Counted.of(result.actions(), "action"));
		return ExitCode.OK;
	}

	/**
	 * The programme the return belongs to: the nearest folder above it holding a
	 * {@code programme.yml}, else the bundled example.
	 */
	private static Path programme(Path file) {
		for (Path folder = file.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve("programme.yml"))) {
				return folder;
			}
		}
		return Path.of(Cli.defaultProgramme());
	}

}
