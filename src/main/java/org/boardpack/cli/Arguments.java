package org.boardpack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.boardpack.input.Periods;
import org.boardpack.input.Text;
import org.boardpack.programme.ProgrammeSettings;

/**
 * A verb's arguments: positional ones and {@code --name value} options, checked against
 * what it accepts.
 */
record Arguments(List<String> positional, Map<String, String> options) {

	/**
	 * Options in {@code known} take a value; a name in {@code flags} stands alone, as in
	 * {@code --recover}.
	 */
	static Arguments parse(List<String> args, Set<String> known, Set<String> flags) {
		List<String> positional = new ArrayList<>();
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				options.put("help", "");
			}
			else if (arg.startsWith("--")) {
				String name = arg.substring(2);
				String value = null;
				if (name.contains("=")) {
					value = name.substring(name.indexOf('=') + 1);
					name = name.substring(0, name.indexOf('='));
				}
				if (flags.contains(name) && value == null) {
					options.put(name, "");
					continue;
				}
				if (!known.contains(name)) {
					throw new UsageException("unknown option --" + name);
				}
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = args.get(++i);
				}
				options.put(name, value);
			}
			else {
				positional.add(arg);
			}
		}
		return new Arguments(positional, options);
	}

	boolean help() {
		return this.options.containsKey("help");
	}

	boolean flag(String name) {
		return this.options.containsKey(name);
	}

	String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	/** The only positional argument, or the fallback; more than one is a usage error. */
	String single(String fallback) {
		if (this.positional.size() > 1) {
			throw new UsageException("unexpected argument " + this.positional.get(1));
		}
		return this.positional.isEmpty() ? fallback : this.positional.get(0);
	}

	/** The month given with the option, or null when it is not given. */
	YearMonth optionalPeriod(String option) {
		String text = this.options.get(option);
		YearMonth period = (text != null) ? Periods.parse(text) : null;
		if (text != null && period == null) {
			throw new UsageException("--" + option + " \"" + text + "\" is not a period like 2017-10");
		}
		return period;
	}

	/** The month given with {@code --period}, which must lie within the programme. */
	static YearMonth period(String text, ProgrammeSettings programme) {
		YearMonth period = Periods.parse(text);
		if (period == null) {
			throw new UsageException("--period \"" + text + "\" is not a period like 2017-10");
		}
		if (!programme.covers(period)) {
			throw new UsageException(Text.format("--period %s is outside the programme (%s to %s)", period,
					programme.start(), programme.end()));
		}
		return period;
	}

	/**
	 * The folders in {@code --all}'s folder that hold a {@code programme.yml}, by name.
	 */
	static List<Path> programmesIn(String name) throws IOException {
		Path root = Path.of(name);
		if (!Files.isDirectory(root)) {
			throw new UsageException("--all \"" + name + "\" is not a folder");
		}
		try (Stream<Path> children = Files.list(root)) {
			return children.filter((child) -> Files.isRegularFile(child.resolve("programme.yml"))).sorted().toList();
		}
	}

	/** Thrown for a command line that cannot be understood. */
	static class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
