package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.boardpack.input.Counted;
import org.boardpack.schedule.Schedule;
import org.boardpack.serve.Serve;
import org.boardpack.serve.ServeRequest;
import org.boardpack.serve.StartingClock;
import org.boardpack.system.Workspace;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code serve [DIR ...] [--all FOLDER] [--now TIME]}: runs until stopped, exporting each
 * programme's pack at its schedule. Without folders it serves every programme in the
 * workspace's {@code jobs/} folder.
 */
final class ServeCommand {

	private final PrintStream out;

	ServeCommand(PrintStream out) {
		this.out = out;
	}

	ExitCode run(List<String> args) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("all", "now"), Set.of());
		if (arguments.help()) {
			this.out.print(HelpText.SERVE);
			return ExitCode.OK;
		}
		List<Path> folders = folders(arguments);
		ServeRequest request = new ServeRequest(folders, clock(arguments.option("now", null)));
		try (ConfigurableApplicationContext context = Serve.start(request, List.of())) {
			int port = Serve.port(context);
			this.out.printf(
					"Serving %s. Health: http://localhost:%d/actuator/health, status: "
							+ "http://localhost:%d/actuator/boardpack. Stop with Ctrl+C or SIGTERM.%n",
					Counted.of(folders.size(), "programme"), port, port);
			Serve.awaitClose(context);
		}
		return ExitCode.OK;
	}

	private static List<Path> folders(Arguments arguments) throws IOException {
		List<Path> folders = new ArrayList<>();
		for (String name : arguments.positional()) {
			Path folder = Path.of(name);
			if (!Files.isRegularFile(folder.resolve("programme.yml"))) {
				throw new Arguments.UsageException(
						"\"" + name + "\" is not a programme folder (it has no programme.yml)");
			}
			folders.add(folder);
		}
		boolean all = arguments.options().containsKey("all");
		if (all || folders.isEmpty()) {
			String name = arguments.option("all", Workspace.current().programmes().toString());
			folders.addAll(Arguments.programmesIn(name));
			if (folders.isEmpty()) {
				throw new Arguments.UsageException(
						"\"" + name + "\" holds no programme folders (none has a programme.yml)");
			}
		}
		return folders;
	}

	/**
	 * The clock: from {@code --now} (London time unless an offset is given) when serve
	 * starts, to rehearse a schedule.
	 */
	private static Clock clock(String now) {
		if (now == null) {
			return Clock.systemUTC();
		}
		Instant start;
		try {
			start = (now.matches(".*([+-]\\d\\d:\\d\\d|Z)$")) ? OffsetDateTime.parse(now).toInstant()
					: LocalDateTime.parse(now).atZone(Schedule.LONDON).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Arguments.UsageException("--now \"" + now + "\" is not a time like 2017-11-07T05:59");
		}
		return new StartingClock(start);
	}

}
