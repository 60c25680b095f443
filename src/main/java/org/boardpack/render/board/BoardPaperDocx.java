package org.boardpack.render.board;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.boardpack.rating.Counted;
import org.boardpack.narrative.Block;
import org.boardpack.pack.RagPalette;
import org.boardpack.render.board.BoardPaper.ActionLine;
import org.boardpack.render.board.BoardPaper.IndicatorLine;
import org.boardpack.render.board.BoardPaper.PrioritySection;
import org.boardpack.render.board.BoardPaper.ScorecardGroup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The board paper as an editable Word document, in the same order and words as the HTML:
 * Word heading styles, real tables, charts with alternative text, page numbers and the
 * document's properties.
 */
final class BoardPaperDocx {

	private final BoardPaper paper;

	private final DocxParts parts;

	private final XWPFDocument document = new XWPFDocument();

	private int section;

	/** Said on the front page when set: a month with no returns at all. */
	private final String warning;

	BoardPaperDocx(BoardPaper paper, RagPalette palette, String warning) {
		this.paper = paper;
		this.warning = warning;
		this.parts = new DocxParts(this.document, palette);
	}

	byte[] write(LocalDate asAt) throws IOException {
		DocxStyles.apply(this.document);
		headerAndFooter();
		properties(asAt);
		front();
		numbered("Reason for report", this.paper.reason());
		numbered("Recommendations", this.paper.recommendations());
		new DocxOverview(this.parts).write(this.paper.overview(), ++this.section);
		priorities();
		performance();
		this.parts.heading(2, (++this.section) + ". Exceptions in brief");
		this.parts.blocks(List.of(new Block(Block.Kind.BULLETS,
				this.paper.exceptions()
					.lines()
					.stream()
					.map((l) -> List.of(new Block.Span(l, false, false)))
					.toList())));
		this.parts.paragraph(this.paper.exceptions().pointer(), false, false);
		this.paper.implications().forEach((i) -> numbered(i.heading(), i.blocks()));
		if (!this.paper.appendix().isEmpty()) {
			this.parts.heading(2, "Appendix: all actions by priority");
			for (PrioritySection priority : this.paper.appendix()) {
				this.parts.heading(3, "Priority " + priority.id() + ": " + priority.title());
				actions(priority.actions());
			}
		}
		this.document.getTables().forEach(DocxColumns::fit);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.document.write(out);
		this.document.close();
		return out.toByteArray();
	}

	private void front() {
		if (this.paper.authority() != null) {
			this.parts.paragraph(this.paper.authority(), true, false);
		}
		this.paper.front()
			.stream()
			.filter((e) -> e.label().equals("Classification"))
			.forEach((e) -> this.parts.paragraph(e.value().toUpperCase(Locale.UK), true, false));
		this.parts.heading(1, this.paper.title());
		if (this.paper.dataLabel() != null) {
			this.parts.paragraph(this.paper.dataLabel(), true, false);
		}
		if (!this.warning.isEmpty()) {
			this.parts.paragraph(this.warning, true, false);
		}
		this.parts.labelled(this.paper.front(), 28);
	}

	private void numbered(String heading, List<Block> blocks) {
		if (!blocks.isEmpty()) {
			this.parts.heading(2, (++this.section) + ". " + heading);
			this.parts.blocks(blocks);
		}
	}

	private void priorities() {
		this.parts.heading(2, (++this.section) + ". Progress by priority");
		for (PrioritySection p : this.paper.priorities()) {
			this.parts.heading(3, "Priority " + p.id() + ": " + p.title());
			XWPFParagraph headline = this.document.createParagraph();
			XWPFRun rag = headline.createRun();
			rag.setText(p.status().word() + " ");
			rag.setBold(true);
			headline.createRun().setText(p.headline() + " " + p.direction() + ": " + p.directionReason() + ".");
			this.parts
				.paragraph(
						"Lead officer: " + p.lead() + ". " + p.counts() + "; " + p.percentComplete() + " complete"
								+ ((p.updatesMissing() > 0)
										? "; " + Counted.of(p.updatesMissing(), "update") + " missing" : "")
								+ ".",
						false, false);
			this.parts.blocks(p.narrative());
			actionList("Completed this period", p.completed(), "No action was completed this period.");
			actionList("Off track or slipped", p.offTrack(), "No action is off track or slipped.");
			actionList("Due next period", p.dueNext(), "No action falls due next period.");
		}
	}

	private void actionList(String heading, List<ActionLine> actions, String none) {
		this.parts.heading(4, heading);
		if (actions.isEmpty()) {
			this.parts.paragraph(none, false, true);
		}
		else {
			actions(actions);
		}
	}

	private void actions(List<ActionLine> actions) {
		XWPFTable table = this.parts.table(
				List.of("Action", "Description and latest commentary", "Due", "RAG and reason"),
				new int[] { 8, 50, 14, 28 });
		for (ActionLine a : actions) {
			String description = a.description()
					+ ((a.lead() != null && !a.lead().isBlank()) ? " (" + a.lead() + ")" : "")
					+ ((a.commentary() != null) ? "\n" + a.commentaryLabel() + ": " + a.commentary() : "");
			var row = this.parts.row(table, a.id(), description, a.due() + "\n" + a.percentComplete() + " done", null);
			this.parts.rag(row.getCell(3), a.status(), a.reason());
		}
		this.document.createParagraph();
	}

	private void performance() throws IOException {
		this.parts.heading(2, (++this.section) + ". Performance");
		this.parts.paragraph("Each indicator is rated against its target for the financial year: the trend shows "
				+ "its monthly values against the current target (dashed line).", false, false);
		if (!this.paper.keyIndicators().isEmpty()) {
			this.parts.heading(3, "Key indicators");
			for (IndicatorLine k : this.paper.keyIndicators()) {
				this.parts.heading(4, k.id() + ": " + k.title());
				this.parts.paragraph(
						k.status().word() + ": " + k.reason() + ". Since last period: " + k.direction() + ".", false,
						false);
				if (k.chart() != null) {
					this.parts.chart(this.document.createParagraph(), k.chart());
				}
			}
		}
		for (ScorecardGroup group : this.paper.scorecards()) {
			this.parts.heading(3, group.title());
			XWPFTable table = this.parts.table(List.of("Indicator", "Latest", "Target", "RAG", "Direction", "National",
					"Statistical neighbours", "Trend"), new int[] { 22, 8, 8, 9, 12, 10, 11, 20 });
			for (IndicatorLine i : group.indicators()) {
				var row = this.parts.row(table, i.id() + " " + i.title(), i.value(), i.target(), null, i.direction(),
						i.national(), i.neighbours(), (i.trend() == null) ? "No history" : null);
				this.parts.rag(row.getCell(3), i.status(), null);
				if (i.trend() != null) {
					this.parts.chart(row.getCell(7).getParagraphs().get(0), i.trend());
				}
			}
			this.document.createParagraph();
		}
	}

	private void headerAndFooter() {
		XWPFHeader headers = this.document.createHeader(HeaderFooterType.DEFAULT);
		if (this.paper.marking() != null) {
			XWPFRun marking = headers.createParagraph().createRun(); // on every page, as
																		// in the PDF
			marking.setText(this.paper.marking().toUpperCase(Locale.UK));
			marking.setBold(true);
		}
		XWPFParagraph header = headers.createParagraph();
		header.createRun()
			.setText(((this.paper.authority() != null) ? this.paper.authority() + " \u2013 " : "")
					+ this.paper.programmeTitle() + " \u2013 " + this.paper.periodName());
		XWPFFooter footers = this.document.createFooter(HeaderFooterType.DEFAULT);
		if (this.paper.dataLabel() != null) {
			footers.createParagraph().createRun().setText(this.paper.dataLabel()); // on
																					// every
																					// page,
																					// as
																					// in
																					// the
																					// PDF
		}
		XWPFParagraph footer = footers.createParagraph();
		footer.setAlignment(ParagraphAlignment.RIGHT);
		footer.createRun().setText("Page ");
		field(footer, "PAGE");
		footer.createRun().setText(" of ");
		field(footer, "NUMPAGES");
	}

	private static void field(XWPFParagraph paragraph, String instruction) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		paragraph.createRun().setText("1");
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private void properties(LocalDate asAt) {
		POIXMLProperties.CoreProperties core = this.document.getProperties().getCoreProperties();
		Date date = Date.from(asAt.atStartOfDay().toInstant(ZoneOffset.UTC));
		core.setTitle(this.paper.title());
		core.setCreator((this.paper.authority() != null) ? this.paper.authority() : this.paper.programmeTitle());
		core.setSubjectProperty(this.paper.programmeTitle() + ": position as at " + this.paper.asAt());
		core.setDescription(this.paper.dataLabel());
		core.setCreated(Optional.of(date));
		core.setModified(Optional.of(date));
	}

}
