package org.boardpack.render.board;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.exceptions.ExceptionReport;
import org.boardpack.plan.Rag;
import org.boardpack.render.board.BoardPaper.ActionLine;
import org.boardpack.render.board.BoardPaper.IndicatorLine;
import org.boardpack.render.board.BoardPaper.Para;
import org.boardpack.render.board.BoardPaper.PrioritySection;
import org.boardpack.system.OutputFile;

/**
 * The section "What needs the board's attention": the exception report's own cover lines
 * (found by the same rules, so the paper and the report never give different counts), the
 * red actions with their reasons, and the key indicators. The paper points to the
 * exception report only when the report is in the same folder.
 */
final class Attention {

	/** The heading of a paper to the board. */
	static final String HEADING = "What needs the board\u2019s attention";

	/**
	 * The heading of a paper to a committee other than the board, such as a scrutiny
	 * committee before the decision maker.
	 */
	static final String COMMITTEE_HEADING = "What needs the Committee\u2019s attention";

	private final Numbering numbering;

	private final ExceptionReport report;

	private final boolean reportInFolder;

	private final String heading;

	Attention(Numbering numbering, ExceptionReport report, boolean reportInFolder, boolean committee) {
		this.numbering = numbering;
		this.report = report;
		this.reportInFolder = reportInFolder;
		this.heading = committee ? COMMITTEE_HEADING : HEADING;
	}

	BoardPaper.Attention build(List<PrioritySection> detail, List<IndicatorLine> keyIndicators,
			List<String> dataQuality) {
		String number = this.numbering.section();
		List<Para> paras = new ArrayList<>();
		if (this.report.none()) {
			paras.add(this.numbering.sentence("There are no exceptions this period.", 1));
		}
		else {
			paras
				.add(this.numbering.sentence("This period\u2019s exceptions, found by the programme\u2019s rules:", 1));
			paras.add(this.numbering
				.lettered(this.report.counts().stream().map(ExceptionReport.Count::sentence).toList(), 1));
			if (this.reportInFolder) {
				paras.add(this.numbering.sentence(
						"Each is listed with its reason, by priority and by lead officer, in "
								+ "the exception report (" + OutputFile.EXCEPTION_REPORT.fileName() + ") in this pack.",
						1));
			}
		}
		List<ActionLine> red = detail.stream()
			.flatMap((p) -> p.offTrack().stream())
			.filter((a) -> a.status().rag() == Rag.RED)
			.toList();
		long others = detail.stream().mapToLong((p) -> p.offTrack().size()).sum() - red.size();
		paras.add(this.numbering.sentence(redSentence(red.size()) + ((others > 0)
				? " The " + others + " other open action" + ((others == 1) ? "" : "s")
						+ " at risk or slipped, and the actions due next period, are listed by priority in Appendix B."
				: " The actions due next period are listed by priority in Appendix B."), 1));
		if (!keyIndicators.isEmpty()) {
			paras.add(this.numbering.sentence(
					"The key indicators are shown below; every indicator, with its trend, " + "is in Appendix A.", 1));
		}
		return new BoardPaper.Attention(number, this.heading, paras, dataQuality, red, keyIndicators);
	}

	private static String redSentence(int red) {
		return switch (red) {
			case 0 -> "No open action is rated Red.";
			case 1 -> "The one open action rated Red is shown below with the reason for its rating.";
			default -> "The " + red + " open actions rated Red are shown below with the reasons for their ratings.";
		};
	}

}
