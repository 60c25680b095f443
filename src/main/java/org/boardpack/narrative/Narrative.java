package org.boardpack.narrative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One month's narrative for the board paper, as written beside the data in
 * {@code narrative/YYYY-MM.md}: front-block entries and named sections of text.
 * Everything is optional; what is missing falls back to the programme's defaults or is
 * left out of the paper.
 *
 * @param front front-block entries by their key in the file, e.g. {@code meetingDate}
 * @param sections the named sections given
 * @param priorities narrative for a priority, by the priority's id
 * @param others the sections under headings of the writer's own, such as "Next steps", in
 * the order written
 */
public record Narrative(Map<String, String> front, Map<Section, List<Block>> sections,
		Map<String, List<Block>> priorities, List<Other> others) {

	public static final Narrative NONE = new Narrative(Map.of(), Map.of(), Map.of(), List.of());

	/**
	 * The front-block keys a narrative may set, in the order the paper shows them;
	 * {@code marking} is not in the front block but on every page, e.g. "Not for
	 * publication".
	 */
	public static final List<String> FRONT_KEYS = Stream
		.concat(Stream.of("reportNumber", "decisionMaker", "committee", "meetingDate", "decisionType", "title",
				"contactOfficer", "contactEmail", "contactTelephone", "chiefOfficer", "classification", "ward",
				"marking", "backgroundDocuments"), ImpactPanel.KEYS.stream())
		.toList();

	public Narrative {
		front = Map.copyOf(front);
		sections = Map.copyOf(sections);
		priorities = Map.copyOf(priorities);
		others = List.copyOf(others);
	}

	/** A section under a heading of the writer's own, such as "Next steps" or "Risks". */
	public record Other(String heading, List<Block> blocks) {

		public Other {
			blocks = List.copyOf(blocks);
		}

	}

	/**
	 * This narrative with some front-block entries replaced, as a committee's paper gives
	 * its own.
	 */
	public Narrative withFront(Map<String, String> entries) {
		Map<String, String> merged = new LinkedHashMap<>(this.front);
		merged.putAll(entries);
		return new Narrative(merged, this.sections, this.priorities, this.others);
	}

	/**
	 * {@code base} with this narrative's front-block entries, sections and priority
	 * narratives in place of its own, as a committee's narrative replaces parts of the
	 * month's; a section of the writer's own replaces the one of the same heading, or
	 * follows the month's.
	 */
	public Narrative over(Narrative base) {
		Map<String, String> front = new LinkedHashMap<>(base.front);
		front.putAll(this.front);
		Map<Section, List<Block>> sections = new LinkedHashMap<>(base.sections);
		sections.putAll(this.sections);
		Map<String, List<Block>> priorities = new LinkedHashMap<>(base.priorities);
		priorities.putAll(this.priorities);
		List<Other> others = new ArrayList<>();
		for (Other other : base.others) {
			others.add(this.others.stream()
				.filter((o) -> o.heading().equalsIgnoreCase(other.heading()))
				.findFirst()
				.orElse(other));
		}
		this.others.stream()
			.filter((o) -> base.others.stream().noneMatch((b) -> b.heading().equalsIgnoreCase(o.heading())))
			.forEach(others::add);
		return new Narrative(front, sections, priorities, others);
	}

	public List<Block> section(Section section) {
		return this.sections.getOrDefault(section, List.of());
	}

	/** The named sections of a narrative, with the heading each is written under. */
	public enum Section {

		REASON("Reason for report"), RECOMMENDATIONS("Recommendations"), COMMENTARY("Commentary"),
		VULNERABLE("Impact on vulnerable adults and children"), POLICY("Policy implications"),
		FINANCIAL("Financial implications"), LEGAL("Legal implications"), PERSONNEL("Personnel implications");

		private final String heading;

		Section(String heading) {
			this.heading = heading;
		}

		public String heading() {
			return this.heading;
		}

		/**
		 * The sections under "Implications", in the order a committee paper gives them.
		 */
		public static List<Section> implications() {
			return List.of(VULNERABLE, POLICY, FINANCIAL, LEGAL, PERSONNEL);
		}

		static Optional<Section> named(String heading) {
			return Arrays.stream(values())
				.filter((s) -> s.heading.toLowerCase(Locale.ROOT).equals(heading.strip().toLowerCase(Locale.ROOT)))
				.findFirst();
		}

	}

}
