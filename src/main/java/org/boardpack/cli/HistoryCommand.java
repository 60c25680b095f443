package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.boardpack.BoardpackApplication;
import org.boardpack.delivery.PackHistory;
import org.boardpack.store.EmbeddedStoreServer;
import org.boardpack.system.Workspace;
import org.boardpack.job.PackRuns;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code history [PROGRAMME]}: the runs and deliveries in the store, newest first, as two
 * tables.
 */
final class HistoryCommand {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final PrintStream out;

	HistoryCommand(PrintStream out) {
		this.out = out;
	}

	ExitCode run(Arguments arguments, String... springArgs) throws IOException {
		if (arguments.help()) {
			this.out.print(HelpText.HISTORY);
			return ExitCode.OK;
		}
		String programme = programme(arguments.single(null));
		int limit = limit(arguments.option("limit", "20"));
		List<PackRuns.Run> runs;
		List<PackHistory.Delivery> deliveries;
		try (ConfigurableApplicationContext context = open(springArgs)) {
			PackHistory history = context.getBean(PackHistory.class);
			runs = history.runs(programme, limit);
			deliveries = history.deliveries(programme, limit);
		}
		String of = (programme != null) ? " of " + programme : "";
		this.out.println("Runs" + of + ", newest first:");
		printRuns(runs);
		this.out.println();
		this.out.println("Deliveries" + of + ", newest first:");
		printDeliveries(deliveries);
		return ExitCode.OK;
	}

	/**
	 * The application on the store; when another process holds the embedded store (a run,
	 * or serve), on that process's own serving of it, since history only reads.
	 */
	private static ConfigurableApplicationContext open(String... springArgs) {
		try {
			return new SpringApplication(BoardpackApplication.class).run(springArgs);
		}
		catch (RuntimeException ex) {
			String served = Cli.storeInUse(ex) ? EmbeddedStoreServer.servedUrl(Workspace.current().store()).orElse(null)
					: null;
			if (served == null) {
				throw ex;
			}
			List<String> args = new ArrayList<>(List.of(springArgs));
			args.add("--spring.datasource.url=" + served);
			return new SpringApplication(BoardpackApplication.class).run(args.toArray(String[]::new));
		}
	}

	private void printRuns(List<PackRuns.Run> runs) {
		if (runs.isEmpty()) {
			this.out.println("  none yet");
			return;
		}
		int width = Math.max(9, runs.stream().mapToInt((r) -> r.programme().length()).max().orElse(0));
		String format = "  %-" + width + "s  %-7s  %7s  %-9s  %-19s  %s";
		row(format, "Programme", "Period", "Attempt", "Status", "Started", "Ended");
		for (PackRuns.Run run : runs) {
			row(format, run.programme(), run.period(), run.attempt(), run.status().toLowerCase(Locale.ROOT),
					when(run.started()), when(run.ended()));
		}
	}

	private void printDeliveries(List<PackHistory.Delivery> deliveries) {
		if (deliveries.isEmpty()) {
			this.out.println("  none yet");
			return;
		}
		int width = Math.max(9, deliveries.stream().mapToInt((d) -> d.programme().length()).max().orElse(0));
		String format = "  %-19s  %-" + width + "s  %-7s  %-7s  %-9s  %8s  %s";
		row(format, "Finished", "Programme", "Period", "Channel", "Outcome", "Attempts", "Target");
		for (PackHistory.Delivery delivery : deliveries) {
			row(format, when(delivery.finished()), delivery.programme(), delivery.period(), delivery.channel(),
					delivery.outcome(), delivery.attempts(), delivery.target());
			if (delivery.error() != null) {
				this.out.println("      error: " + delivery.error().replaceAll("\\s+", " "));
			}
		}
	}

	private void row(String format, Object... values) {
		this.out.println(String.format(Locale.ROOT, format, values).stripTrailing());
	}

	/**
	 * A programme's id, or the id written in a programme folder's {@code programme.yml};
	 * null for all.
	 */
	private static String programme(String given) throws IOException {
		if (given == null) {
			return null;
		}
		Path settings = Path.of(given).resolve("programme.yml");
		if (Files.isRegularFile(settings)) {
			JsonNode id = YAMLMapper.builder().build().readTree(Files.readString(settings)).get("id");
			if (id != null && id.isString()) {
				return id.asString();
			}
		}
		return given;
	}

	private static int limit(String text) {
		try {
			int limit = Integer.parseInt(text);
			if (limit >= 1) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new Arguments.UsageException("--limit \"" + text + "\" is not a whole number of 1 or more");
	}

	private static String when(LocalDateTime time) {
		return (time != null) ? WHEN.format(time) : "-";
	}

}
