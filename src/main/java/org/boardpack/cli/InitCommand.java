package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.stream.Stream;

import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.programme.ProgrammeSkeleton;
import org.boardpack.system.StagedFolder;

/**
 * {@code init DIR}: a new programme folder whose id is the folder's name, with returns
 * for the month just closed, ready to run. It is written beside the target, checked as a
 * run checks it, then moved into place, so a failure leaves nothing behind.
 */
final class InitCommand {

	private final PrintStream out;

	private final Clock clock;

	InitCommand(PrintStream out, Clock clock) {
		this.out = out;
		this.clock = clock;
	}

	ExitCode run(Arguments arguments) throws IOException {
		if (arguments.help() || arguments.positional().size() != 1) {
			if (!arguments.help()) {
				throw new Arguments.UsageException("init needs one folder, e.g. ./boardpack init my-programme");
			}
			this.out.print(HelpText.INIT);
			return ExitCode.OK;
		}
		Path folder = Path.of(arguments.positional().get(0)).toAbsolutePath().normalize();
		String id = folder.getFileName().toString();
		if (!ProgrammeSkeleton.ID.matcher(id).matches()) {
			throw new Arguments.UsageException("\"" + id + "\" cannot be a programme's id, which is its folder's name: "
					+ "use lower-case letters, digits and hyphens, e.g. " + suggestion(id));
		}
		if (Files.exists(folder) && !isEmptyFolder(folder)) {
			throw new Arguments.UsageException(folder + " already exists and is not empty; name a new folder");
		}
		YearMonth period = YearMonth.now(this.clock).minusMonths(1);
		ProgrammeInput input = writeAndCheck(folder, period);
		this.out.printf("Made the programme %s in %s: %d priorities, %d actions, %d indicators, returns for %s.%n", id,
				folder, input.priorities().size(), input.actions().size(), input.indicators().size(), period);
		this.out.println("Make its pack now:        ./boardpack run " + folder);
		this.out
			.println("Then make it your own:    replace every line marked REPLACE (grep -rn REPLACE " + folder + "),");
		this.out.println("                          and check it with ./boardpack validate " + folder);
		return ExitCode.OK;
	}

	private static ProgrammeInput writeAndCheck(Path folder, YearMonth period) throws IOException {
		Files.createDirectories(folder.getParent());
		Path staging = Files.createTempDirectory(folder.getParent(), "." + folder.getFileName() + ".init");
		try {
			Path staged = staging.resolve(folder.getFileName().toString());
			ProgrammeSkeleton.write(staged, period);
			ProgrammeInput input = ProgrammeReader.read(staged);
			Files.deleteIfExists(folder); // an empty folder only, checked above
			Files.move(staged, folder);
			return input;
		}
		finally {
			StagedFolder.delete(staging);
		}
	}

	private static boolean isEmptyFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	private static String suggestion(String name) {
		String id = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return id.isEmpty() ? "my-programme" : id;
	}

}
