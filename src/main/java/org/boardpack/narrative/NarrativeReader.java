package org.boardpack.narrative;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.input.Problem;
import org.boardpack.input.Problems;
import org.boardpack.input.TextFiles;
import org.boardpack.narrative.Narrative.Section;

/**
 * Reads a month's {@code narrative/YYYY-MM.md}: a front matter block between {@code ---}
 * lines, then sections each under a heading such as {@code ## Recommendations},
 * {@code ## Priority 4} or one of the writer's own, such as {@code ## Next steps}; a
 * {@code ###} heading is a sub-heading inside its section. Every problem is reported at
 * once as {@code file:line: problem}; a month without a narrative file has an empty
 * narrative.
 */
public final class NarrativeReader {

	/** Where a programme keeps its narrative, one file a month. */
	public static final String FOLDER = "narrative";

	/**
	 * A section's heading: {@code #} or {@code ##}; deeper ones are sub-headings inside a
	 * section.
	 */
	private static final Pattern HEADING = Pattern.compile("^#{1,2}\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern PRIORITY = Pattern.compile("(?i)priority\\s+([^\\s:]+)\\s*(?::.*)?");

	private static final Pattern ENTRY = Pattern.compile("^([A-Za-z]+)\\s*:\\s*(.*)$");

	private final String file;

	private final Set<String> priorityIds;

	private final Problems problems;

	private NarrativeReader(String file, Set<String> priorityIds, Problems problems) {
		this.file = file;
		this.priorityIds = priorityIds;
		this.problems = problems;
	}

	/**
	 * The narrative of a period, or {@link Narrative#NONE} when the programme has none
	 * for it.
	 */
	public static Narrative read(Path programmeFolder, String period, Set<String> priorityIds) throws IOException {
		return readFile(programmeFolder, FOLDER + "/" + period + ".md", priorityIds);
	}

	/**
	 * The narrative in the programme's file {@code name}, such as a committee's, or
	 * {@link Narrative#NONE} when there is no such file; every problem in it is thrown at
	 * once.
	 */
	public static Narrative readFile(Path programmeFolder, String name, Set<String> priorityIds) throws IOException {
		Path path = programmeFolder.resolve(name);
		if (!Files.isRegularFile(path)) {
			return Narrative.NONE;
		}
		Problems problems = new Problems();
		Narrative narrative = parse(name, Files.readAllBytes(path), priorityIds, problems);
		problems.throwIfAny();
		return narrative;
	}

	/**
	 * Parses one narrative file, adding its problems to those of the rest of the
	 * programme so that a bad narrative is reported with every other problem, before
	 * anything is written.
	 */
	public static Narrative parse(String file, byte[] bytes, Set<String> priorityIds, Problems problems) {
		String text = TextFiles.utf8(bytes, file, problems);
		return (text == null) ? Narrative.NONE
				: new NarrativeReader(file, priorityIds, problems).parse(text.replace("\uFEFF", "").lines().toList());
	}

	private Narrative parse(List<String> lines) {
		int body = 0;
		Map<String, String> front = new LinkedHashMap<>();
		if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
			body = frontMatter(lines, front);
		}
		Map<Section, List<Block>> sections = new EnumMap<>(Section.class);
		Map<String, List<Block>> priorities = new LinkedHashMap<>();
		List<Narrative.Other> others = new ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		String current = null;
		List<String> text = new ArrayList<>();
		for (int i = body; i <= lines.size(); i++) {
			Matcher heading = (i < lines.size()) ? HEADING.matcher(lines.get(i)) : null;
			if (heading != null && !heading.matches()) {
				if (current == null && !lines.get(i).isBlank()) {
					problem(i + 1, "text before the first section; start a section with a heading such as "
							+ "\"## Reason for report\"");
				}
				text.add(lines.get(i));
				continue;
			}
			if (current != null && !current.isEmpty()) {
				List<Block> blocks = Markdown.blocks(text);
				Section section = Section.named(current).orElse(null);
				if (section != null) {
					sections.put(section, blocks);
				}
				else if (PRIORITY.matcher(current).matches()) {
					priorities.put(priorityId(current), blocks);
				}
				else {
					others.add(new Narrative.Other(current, blocks));
				}
			}
			text.clear();
			if (heading != null) {
				current = section(heading.group(1), i + 1, seen);
			}
		}
		return new Narrative(front, sections, priorities, others);
	}

	/** The section a heading names, or "" after recording why it names none. */
	private String section(String heading, int line, Map<String, Integer> seen) {
		Matcher priority = PRIORITY.matcher(heading);
		String key;
		if (Section.named(heading).isPresent()) {
			key = Section.named(heading).get().heading();
		}
		else if (priority.matches()) {
			if (!this.priorityIds.contains(priority.group(1))) {
				problem(line, "\"%s\": there is no priority %s in the plan", heading, priority.group(1));
				return "";
			}
			key = "Priority " + priority.group(1);
		}
		else if (heading.isBlank()) {
			problem(line, "a heading without words; write the section's name after the #");
			return "";
		}
		else {
			key = heading.strip();
		}
		if (seen.containsKey(key.toLowerCase(Locale.ROOT))) {
			problem(line, "the section \"%s\" is given twice (first on line %d)", key,
					seen.get(key.toLowerCase(Locale.ROOT)));
			return "";
		}
		seen.put(key.toLowerCase(Locale.ROOT), line);
		return key;
	}

	private static String priorityId(String key) {
		return key.substring("Priority ".length());
	}

	/**
	 * Reads the front matter into {@code front}; returns the index of the first line
	 * after it.
	 */
	private int frontMatter(List<String> lines, Map<String, String> front) {
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.strip().equals("---")) {
				return i + 1;
			}
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			Matcher entry = ENTRY.matcher(line.strip());
			if (!entry.matches()) {
				problem(i + 1, "\"%s\" is not a \"key: value\" line", line.strip());
			}
			else if (!Narrative.FRONT_KEYS.contains(entry.group(1))) {
				problem(i + 1, "unknown front matter key \"%s\"; the keys are: %s", entry.group(1),
						String.join(", ", Narrative.FRONT_KEYS));
			}
			else if (front.containsKey(entry.group(1))) {
				problem(i + 1, "\"%s\" is given twice", entry.group(1));
			}
			else {
				String value = unquote(entry.group(2).strip());
				if (entry.group(1).equals("meetingDate") && !isDate(value)) {
					problem(i + 1, "meetingDate \"%s\" is not a date; write it as YYYY-MM-DD", value);
				}
				if (!value.isEmpty()) {
					front.put(entry.group(1), value);
				}
			}
		}
		problem(1, "the front matter that starts here has no closing \"---\" line");
		return lines.size();
	}

	private static String unquote(String value) {
		boolean quoted = value.length() >= 2
				&& (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
		return quoted ? value.substring(1, value.length() - 1) : value;
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private void problem(int line, String message, Object... args) {
		this.problems.add(new Problem(this.file, line, null, String.format(Locale.ROOT, message, args)));
	}

}
