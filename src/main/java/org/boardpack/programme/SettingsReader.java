package org.boardpack.programme;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.input.Problem;
import org.boardpack.narrative.ImpactPanel;
import org.boardpack.input.Problems;
import org.boardpack.input.Text;
import org.boardpack.plan.Rag;
import org.boardpack.rating.RatingSettings;
import org.boardpack.programme.ExceptionRules;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code programme.yml} setting by setting, so that every unknown or badly written
 * setting is reported at once, on its own line and in plain words.
 */
final class SettingsReader {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final JsonMapper VALUES = JsonMapper.builder().build();

	private static final String FILE = "programme.yml";

	/** Names of settings that would hold a secret. */
	private static final Pattern SECRET = Pattern
		.compile("password|passwd|passphrase|secret|token|api[-_]?key|credential", Pattern.CASE_INSENSITIVE);

	/** Settings written as a block of their own, read into their own record. */
	private static final Set<String> BLOCKS = Set.of("ratings", "exceptions", "paper", "outputs", "schedule",
			"delivery", "committees", "returns");

	/**
	 * The RAGs an exception rule may name: listing green or complete actions would not be
	 * an exception.
	 */
	private static final List<Rag> EXCEPTION_RAGS = List.of(Rag.AMBER, Rag.RED);

	private final String text;

	private final Problems problems;

	SettingsReader(String text, Problems problems) {
		this.text = text;
		this.problems = problems;
	}

	/**
	 * The first line indented with a tab, or 0: YAML refuses tabs there, and its parser
	 * names the line before the tab, not the tab's own.
	 */
	private int tabIndented() {
		List<String> lines = this.text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String indent = line.substring(0, line.length() - line.stripLeading().length());
			if (indent.indexOf('\t') >= 0) {
				return i + 1;
			}
		}
		return 0;
	}

	/** The settings, or null after recording the problems that stop them being read. */
	ProgrammeSettings read() {
		JsonNode root;
		try {
			root = YAML.readTree(this.text);
		}
		catch (JacksonException ex) {
			int tab = tabIndented();
			if (tab > 0) {
				this.problems
					.add(new Problem(FILE, tab, null, "is indented with a tab; YAML indents with spaces only"));
				return null;
			}
			int line = (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNr(), 0) : 0;
			String message = ex.getOriginalMessage()
				.replaceFirst("^Duplicate Object property (\".*\")$", "the setting $1 is written twice");
			this.problems.add(new Problem(FILE, line, null, "is not valid YAML: " + message));
			return null;
		}
		if (root == null || root.isMissingNode() || root.isNull() || !root.isObject()) {
			this.problems.file(FILE, "is empty; it needs at least id, title, start and end");
			return null;
		}
		int before = this.problems.all().size();
		refuseSecrets(root, "");
		Map<String, Object> settings = values(root, ProgrammeSettings.class, "");
		JsonNode ratings = root.get("ratings");
		if (ratings != null && ratings.isObject()) {
			RatingSettings thresholds = construct(RatingSettings.class,
					values(ratings, RatingSettings.class, "ratings."));
			checkRanges(thresholds);
			settings.put("ratings", thresholds);
		}
		else if (ratings != null && !ratings.isNull()) {
			problem("ratings", "ratings must be a list of thresholds, such as \"dueSoonDays: 30\"");
		}
		JsonNode exceptions = root.get("exceptions");
		if (exceptions != null && exceptions.isObject()) {
			ExceptionRules rules = construct(ExceptionRules.class,
					values(exceptions, ExceptionRules.class, "exceptions."));
			within("exceptions.", "worseningPeriods", rules.worseningPeriods(), 1, 24);
			within("exceptions.", "missedPeriods", rules.missedPeriods(), 1, 24);
			settings.put("exceptions", rules);
		}
		else if (exceptions != null && !exceptions.isNull()) {
			problem("exceptions", "exceptions must be a list of rules, such as \"worseningPeriods: 2\"");
		}
		JsonNode paper = root.get("paper");
		if (paper != null && paper.isObject()) {
			PaperSettings defaults = construct(PaperSettings.class, values(paper, PaperSettings.class, "paper."));
			defaults.impact()
				.keySet()
				.stream()
				.filter((key) -> !ImpactPanel.KEYS.contains(key))
				.sorted()
				.forEach((key) -> problem("paper.impact." + key,
						"unknown impact panel entry \"%s\"; the entries are: %s", key,
						String.join(", ", ImpactPanel.KEYS)));
			settings.put("paper", defaults);
		}
		else if (paper != null && !paper.isNull()) {
			problem("paper", "paper must be a list of board paper defaults, such as \"ward: Borough-wide\"");
		}
		JsonNode outputs = root.get("outputs");
		if (outputs != null && !outputs.isNull()) {
			settings.put("outputs", outputs(outputs));
		}
		settings.put("schedule", ScheduleSetting.read(root.get("schedule"),
				(key, message) -> problem("schedule." + key, "%s", message)));
		settings.put("returns", ReturnsSetting.read(root.get("returns"),
				(key, message) -> problem(key.equals("returns") ? key : "returns." + key, "%s", message)));
		JsonNode delivery = root.get("delivery");
		if (delivery != null && delivery.isObject()) {
			settings.put("delivery", new DeliveryBlock(this).read(delivery));
		}
		else if (delivery != null && !delivery.isNull()) {
			problem("delivery", "delivery must list where the pack goes, such as \"folder: /srv/board-drop\"");
		}
		JsonNode committees = root.get("committees");
		if (committees != null && !committees.isNull()) {
			settings.put("committees", new CommitteesReader(this.text, this.problems).read(committees));
		}
		return (this.problems.all().size() == before) ? construct(ProgrammeSettings.class, settings) : null;
	}

	/**
	 * Reports and removes every setting, at any depth, whose name says it holds a secret:
	 * programme folders are copied, shared and kept in version control, so passwords and
	 * tokens come from the environment or the secrets folder instead.
	 */
	private void refuseSecrets(JsonNode node, String prefix) {
		if (!(node instanceof ObjectNode object)) {
			return;
		}
		for (String name : List.copyOf(object.propertyNames())) {
			if (SECRET.matcher(name).find()) {
				problem(prefix + name,
						"\"%s\" looks like a secret, and secrets never go in programme.yml, which is kept and "
								+ "shared with the plan: give it as an environment variable (such as BOARDPACK_SMTP_PASSWORD "
								+ "or BOARDPACK_DB_PASSWORD) or as a file in the secrets folder (BOARDPACK_SECRETS, by default "
								+ "/run/secrets/boardpack)",
						prefix + name);
				object.remove(name);
			}
			else {
				refuseSecrets(object.get(name), prefix + name + ".");
			}
		}
	}

	private void checkRanges(RatingSettings thresholds) {
		within("ratings.", "dueSoonDays", thresholds.dueSoonDays(), 0, 366);
		within("ratings.", "dueSoonPercent", thresholds.dueSoonPercent(), 0, 100);
		within("ratings.", "redSharePercent", thresholds.redSharePercent(), 1, 100);
		within("ratings.", "amberSharePercent", thresholds.amberSharePercent(), 1, 100);
		within("ratings.", "tolerancePercent", thresholds.tolerancePercent(), 0, 100);
		within("ratings.", "benchmarkSimilarPercent", thresholds.benchmarkSimilarPercent(), 0, 100);
	}

	private void within(String prefix, String key, Number value, int min, int max) {
		if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
			problem(prefix + key, "%s%s: %s is not from %d to %d", prefix, key, value, min, max);
		}
	}

	Map<String, Object> values(JsonNode node, Class<? extends Record> type, String prefix) {
		Map<String, RecordComponent> components = new LinkedHashMap<>();
		Arrays.stream(type.getRecordComponents()).forEach((c) -> components.put(c.getName(), c));
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			String name = field.getKey();
			RecordComponent component = components.get(name);
			if (component == null) {
				problem(prefix + name, "unknown setting \"%s\"; the settings are: %s", prefix + name,
						String.join(", ", components.keySet()));
			}
			else if (!prefix.isEmpty() || !BLOCKS.contains(name)) {
				values.put(name, isRagList(component) ? rags(field.getValue(), prefix + name)
						: value(field.getValue(), component, prefix));
			}
		}
		return values;
	}

	private Object value(JsonNode node, RecordComponent component, String prefix) {
		if (node.isNull()) {
			return null;
		}
		try {
			return VALUES.treeToValue(node, VALUES.constructType(component.getGenericType()));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			problem(prefix + component.getName(), "%s: \"%s\" is not %s", prefix + component.getName(),
					node.asString(""), expected(component.getType()));
			return null;
		}
	}

	private static boolean isRagList(RecordComponent component) {
		return component.getGenericType() instanceof ParameterizedType list && list.getRawType() == List.class
				&& list.getActualTypeArguments()[0] == Rag.class;
	}

	/** A list of RAG words, such as {@code [red, amber]}, or one word on its own. */
	private List<Rag> rags(JsonNode node, String key) {
		if (node.isNull()) {
			return null;
		}
		List<JsonNode> words = new ArrayList<>();
		if (node.isArray()) {
			node.values().forEach(words::add);
		}
		else {
			words.add(node);
		}
		List<Rag> rags = new ArrayList<>();
		for (JsonNode word : words) {
			Rag rag = word.isString() ? Rag.parse(word.asString()) : null;
			if (rag == null || !EXCEPTION_RAGS.contains(rag)) {
				problem(key, "%s: \"%s\" is not one of: amber, red", key, word.asString(word.toString()));
			}
			else if (!rags.contains(rag)) {
				rags.add(rag);
			}
		}
		return rags;
	}

	/**
	 * A list of output names, such as {@code [tracker, board-paper]}, or one name on its
	 * own, as file names.
	 */
	private List<String> outputs(JsonNode node) {
		List<JsonNode> names = new ArrayList<>();
		if (node.isArray()) {
			node.values().forEach(names::add);
		}
		else {
			names.add(node);
		}
		List<String> files = new ArrayList<>();
		for (JsonNode name : names) {
			List<String> named = name.isString() ? PackOutputs.files(name.asString()) : null;
			if (named == null) {
				problem("outputs", "outputs: \"%s\" is not an output; the outputs are: %s",
						name.asString(name.toString()), PackOutputs.known());
			}
			else {
				named.stream().filter((file) -> !files.contains(file)).forEach(files::add);
			}
		}
		return files;
	}

	private static String expected(Class<?> type) {
		if (type == YearMonth.class) {
			return "a month; write it as YYYY-MM";
		}
		if (type == LocalDate.class) {
			return "a date; write it as YYYY-MM-DD";
		}
		if (type == Boolean.class) {
			return "true or false";
		}
		if (type == Integer.class || type == Double.class) {
			return "a number";
		}
		if (type == RatingSettings.Assessment.class) {
			return "one of: worse-of, derived";
		}
		// leads (full titles) and leadEmails (addresses) are both written by abbreviation
		return (type == Map.class) ? "a list of \"abbreviation: text\" lines, one per lead" : "a text";
	}

	void problem(String key, String message, Object... args) {
		this.problems.add(new Problem(FILE, lineOf(key), null, Text.format(message, args)));
	}

	/**
	 * The line a setting is written on, as an editor numbers lines. A dotted path is
	 * followed key by key, so {@code delivery.email.to} is the {@code to:} after
	 * {@code email:} after {@code delivery:}, not the first {@code to:} in the file; the
	 * line of the last key found, or 0 when none is.
	 */
	private int lineOf(String path) {
		int from = 0;
		int line = 0;
		for (String key : path.split("\\.")) {
			Matcher matcher = Pattern.compile("^[ \\t]*\"?" + Pattern.quote(key) + "\"?\\s*:", Pattern.MULTILINE)
				.matcher(this.text);
			if (!matcher.find(from)) {
				return line;
			}
			from = matcher.end();
			line = (int) this.text.substring(0, matcher.start()).lines().count() + 1;
		}
		return line;
	}

	static <R extends Record> R construct(Class<R> type, Map<String, Object> values) {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		Object[] arguments = Arrays.stream(components).map((c) -> values.get(c.getName())).toArray();
		try {
			return type.getDeclaredConstructor(types).newInstance(arguments);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot build " + type.getSimpleName(), ex);
		}
	}

}
