package org.boardpack.programme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.boardpack.input.Problem;
import org.boardpack.input.Problems;
import org.boardpack.input.Text;
import org.boardpack.system.OutputFile;

import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code committees:} block of {@code programme.yml}: committees by id, each
 * with its settings. Every problem is reported at once, on the line of the committee or
 * setting it concerns.
 */
final class CommitteesReader {

	private static final String FILE = "programme.yml";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final List<String> KEYS = List.of("name", "decisionMaker", "decisionType", "purpose", "reportNumber",
			"firstNumber", "meetings", "outputs", "public", "classification");

	/**
	 * The files a committee paper may hold, named as under {@code outputs:} (see
	 * {@link PackOutputs}).
	 */
	private static final List<String> PAPER_FILES = Stream
		.of(OutputFile.BOARD_PAPER_HTML, OutputFile.BOARD_PAPER_PDF, OutputFile.BOARD_PAPER_DOCX,
				OutputFile.EXCEPTION_REPORT)
		.map(OutputFile::fileName)
		.toList();

	private static final List<String> DEFAULT_OUTPUTS = PackOutputs.files("board-paper");

	private final YamlLines lines;

	private final Problems problems;

	CommitteesReader(String text, Problems problems) {
		this.lines = new YamlLines(text, "committees");
		this.problems = problems;
	}

	/** The committees, or an empty list after recording what is wrong with them. */
	List<CommitteeSettings> read(JsonNode block) {
		if (!block.isObject()) {
			this.problems.add(new Problem(FILE, this.lines.block(), null, "committees must be committees by id, "
					+ "such as \"governance-board:\" followed by its settings, one a line, indented"));
			return List.of();
		}
		List<CommitteeSettings> committees = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : block.properties()) {
			CommitteeSettings committee = committee(entry.getKey(), entry.getValue());
			if (committee != null) {
				committees.add(committee);
			}
		}
		return committees;
	}

	private CommitteeSettings committee(String id, JsonNode node) {
		int before = this.problems.all().size();
		if (!ID.matcher(id).matches()) {
			problem(id, null, "\"%s\" is not a committee id; use lower-case letters, digits and hyphens, "
					+ "e.g. care-services-pds", id);
		}
		if (!node.isObject()) {
			problem(id, null, "committees.%s must be the committee's settings, one a line, indented: %s", id,
					String.join(", ", KEYS));
			return null;
		}
		for (String key : node.propertyNames()) {
			if (!KEYS.contains(key)) {
				problem(id, key, "unknown setting \"committees.%s.%s\"; the settings are: %s", id, key,
						String.join(", ", KEYS));
			}
		}
		String name = text(id, node, "name", true);
		String pattern = text(id, node, "reportNumber", true);
		if (pattern != null) {
			new ReportNumberPattern(pattern).problems()
				.forEach((p) -> problem(id, "reportNumber", "committees.%s.reportNumber \"%s\": %s", id, pattern, p));
		}
		int first = firstNumber(id, node.get("firstNumber"));
		List<LocalDate> dates = new ArrayList<>();
		String rule = meetings(id, node.get("meetings"), dates);
		List<String> outputs = outputs(id, node.get("outputs"));
		Boolean isPublic = isPublic(id, node.get("public"));
		String classification = text(id, node, "classification", false);
		if (this.problems.all().size() != before) {
			return null;
		}
		return new CommitteeSettings(id, name, text(id, node, "decisionMaker", false),
				text(id, node, "decisionType", false), text(id, node, "purpose", false), pattern, first, dates, rule,
				outputs, isPublic, (classification != null) ? classification
						: isPublic ? CommitteeSettings.PUBLIC : CommitteeSettings.EXEMPT);
	}

	private String text(String id, JsonNode node, String key, boolean required) {
		JsonNode value = node.get(key);
		if (value == null || value.isNull() || (value.isValueNode() && value.asString("").isBlank())) {
			if (required) {
				problem(id, null, "committees.%s has no %s; %s", id, key,
						key.equals("name") ? "give the committee's name as its papers show it"
								: "give the pattern of its report numbers, e.g. \"CS{fy}{seq:3}\"");
			}
			return null;
		}
		if (!value.isValueNode()) {
			problem(id, key, "committees.%s.%s must be a text on one line", id, key);
			return null;
		}
		return value.asString().strip();
	}

	private int firstNumber(String id, JsonNode value) {
		if (value == null || value.isNull()) {
			return 1;
		}
		if (!value.isIntegralNumber() || value.asInt() < 1) {
			problem(id, "firstNumber", "committees.%s.firstNumber: \"%s\" is not a whole number of 1 or more", id,
					value.asString(value.toString()));
			return 1;
		}
		return value.asInt();
	}

	/** The rule, or null after filling {@code dates} with the dates listed. */
	private String meetings(String id, JsonNode value, List<LocalDate> dates) {
		String example = "list its dates (- 2017-01-10) or give a rule such as \"second Tuesday of each month\"";
		if (value == null || value.isNull()) {
			problem(id, null, "committees.%s has no meetings; %s", id, example);
			return null;
		}
		if (value.isValueNode()) {
			if (MeetingRule.parse(value.asString("")) == null) {
				problem(id, "meetings", "committees.%s.meetings: \"%s\" is not a rule the meetings follow; %s", id,
						value.asString(""), example);
			}
			return value.asString("").strip();
		}
		if (!value.isArray() || value.isEmpty()) {
			problem(id, "meetings", "committees.%s.meetings must %s", id, example);
			return null;
		}
		for (JsonNode item : value.values()) {
			String text = item.asString(item.toString());
			try {
				LocalDate date = LocalDate.parse(text.strip());
				if (dates.contains(date)) {
					problem(id, text, "committees.%s.meetings: %s is listed twice", id, date);
				}
				dates.add(date);
			}
			catch (DateTimeParseException ex) {
				problem(id, text, "committees.%s.meetings: \"%s\" is not a date; write it as YYYY-MM-DD", id, text);
			}
		}
		dates.sort(null);
		return null;
	}

	private List<String> outputs(String id, JsonNode value) {
		if (value == null || value.isNull()) {
			return DEFAULT_OUTPUTS;
		}
		List<JsonNode> names = new ArrayList<>();
		if (value.isArray()) {
			value.values().forEach(names::add);
		}
		else {
			names.add(value);
		}
		List<String> files = new ArrayList<>();
		for (JsonNode name : names) {
			List<String> named = PackOutputs.files(name.asString(""));
			if (named == null || named.isEmpty() || !PAPER_FILES.containsAll(named)) {
				problem(id, "outputs",
						"committees.%s.outputs: \"%s\" is not an output of a committee paper; the "
								+ "outputs are: board-paper, board-paper.html, board-paper.pdf, board-paper.docx, "
								+ "exception-report",
						id, name.asString(name.toString()));
			}
			else {
				named.stream().filter((file) -> !files.contains(file)).forEach(files::add);
			}
		}
		if (names.isEmpty()) {
			problem(id, "outputs", "committees.%s.outputs is empty; name the paper's outputs, such as "
					+ "\"board-paper\", or leave the line out for the board paper in every format", id);
		}
		return files;
	}

	private Boolean isPublic(String id, JsonNode value) {
		if (value == null || value.isNull()) {
			problem(id, null, "committees.%s does not say whether its papers are public; write \"public: true\" "
					+ "for part one (public) or \"public: false\" for part two (exempt)", id);
			return false;
		}
		if (!value.isBoolean()) {
			problem(id, "public", "committees.%s.public: \"%s\" is not true or false", id, value.asString(""));
			return false;
		}
		return value.asBoolean();
	}

	/**
	 * A problem on the line of the committee's setting, or of its id when the setting is
	 * null or not found.
	 */
	private void problem(String id, String key, String message, Object... args) {
		this.problems.add(new Problem(FILE, this.lines.of(id, key), null, Text.format(message, args)));
	}

}
