package org.boardpack.exceptions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.boardpack.exceptions.ExceptionReport.ActionLine;
import org.boardpack.exceptions.ExceptionReport.IndicatorLine;
import org.boardpack.exceptions.ExceptionReport.LeadSection;

/**
 * Every exception regrouped per lead officer, so each lead's list can be printed and
 * handed over. Joint leads ("DCS/HOS QI") are split, so the action is on each of their
 * lists; an indicator goes to its priority's lead.
 */
final class LeadSections {

	private LeadSections() {
	}

	static List<LeadSection> of(Collection<ActionLine> actions, List<IndicatorLine> indicators) {
		Map<String, Lead> leads = new TreeMap<>();
		for (ActionLine action : actions) {
			leadsOf(action.lead(), action.leadTitle(), leads).forEach((lead) -> lead.actions.add(action));
		}
		for (IndicatorLine indicator : indicators) {
			leadsOf(indicator.lead(), indicator.leadTitle(), leads).forEach((lead) -> lead.indicators.add(indicator));
		}
		List<Lead> sorted = leads.values()
			.stream()
			.sorted(Comparator.comparing((Lead lead) -> lead.title, String.CASE_INSENSITIVE_ORDER)
				.thenComparing((lead) -> lead.name))
			.toList();
		List<LeadSection> sections = new ArrayList<>();
		for (Lead lead : sorted) {
			sections.add(new LeadSection("lead-" + (sections.size() + 1), lead.name, lead.title,
					List.copyOf(lead.actions), List.copyOf(lead.indicators)));
		}
		return sections;
	}

	/**
	 * Each lead of "DCS/HOS QI", with the matching part of its full title when the parts
	 * line up.
	 */
	private static List<Lead> leadsOf(String lead, String leadTitle, Map<String, Lead> leads) {
		List<String> names = split(lead, "/");
		List<String> titles = split(leadTitle, ";");
		List<Lead> found = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String title = (titles.size() == names.size()) ? titles.get(i) : names.get(i);
			found.add(leads.computeIfAbsent(names.get(i), (name) -> new Lead(name, title)));
		}
		return found;
	}

	private static List<String> split(String text, String separator) {
		List<String> parts = new ArrayList<>();
		if (text != null) {
			for (String part : text.split(separator)) {
				if (!part.isBlank()) {
					parts.add(part.strip());
				}
			}
		}
		return parts;
	}

	/** A lead's lists while they are gathered. */
	private static final class Lead {

		private final String name;

		private final String title;

		private final List<ActionLine> actions = new ArrayList<>();

		private final List<IndicatorLine> indicators = new ArrayList<>();

		Lead(String name, String title) {
			this.name = name;
			this.title = title;
		}

	}

}
