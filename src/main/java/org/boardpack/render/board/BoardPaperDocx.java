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
import org.boardpack.input.Counted;
import org.boardpack.narrative.Block;
import org.boardpack.pack.RagPalette;
import org.boardpack.render.board.BoardPaper.ActionLine;
import org.boardpack.render.board.BoardPaper.Entry;
import org.boardpack.render.board.BoardPaper.ImpactGroup;
import org.boardpack.render.board.BoardPaper.Part;
import org.boardpack.render.board.BoardPaper.PriorityBrief;
import org.boardpack.render.board.BoardPaper.IndicatorLine;
import org.boardpack.render.board.BoardPaper.PrioritySection;
import org.boardpack.render.board.BoardPaper.ScorecardGroup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The board paper as an editable Word document, in the same order and words as the HTML:
 * Word heading styles, sections and paragraphs numbered by one Word multi-level list (so
 * a clerk's edits renumber them), real tables, charts with alternative text, page numbers
 * and the document's properties.
 */
final class BoardPaperDocx {

	private final BoardPaper paper;

	private final DocxParts parts;

	private final XWPFDocument document = new XWPFDocument();

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
		part(this.paper.reason());
		part(this.paper.recommendations());
		new DocxOverview(this.parts).write(this.paper.overview());
		attention(this.paper.attention());
		progress(this.paper.progress());
		this.paper.others().forEach(this::part);
		this.paper.implications().forEach(this::part);
		this.parts.labelled(List.of(new Entry(BoardPaper.NOT_APPLICABLE, String.join("\n", this.paper.notApplicable())),
				new Entry(BoardPaper.BACKGROUND, String.join("\n", this.paper.background()))), 35);
		performance(this.paper.performance());
		this.parts.heading(2, BoardPaper.APPENDIX_B);
		for (PrioritySection p : this.paper.detail()) {
			this.parts.heading(3, "Priority " + p.id() + ": " + p.title());
			actionList("Completed this period", p.completed(), "No action was completed this period.");
			actionList("At risk, off track or slipped", p.offTrack(), "No action is at risk, off track or slipped.");
			actionList("Due next period", p.dueNext(), "No other action falls due next period.");
		}
		if (!this.paper.appendix().isEmpty()) {
			this.parts.heading(2, BoardPaper.APPENDIX_C);
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
		this.document.createParagraph();
		for (ImpactGroup group : this.paper.impact()) {
			this.parts.label(group.heading());
			this.parts.labelled(group.entries(), 45);
		}
	}

	/** A numbered section of narrative; none when the narrative gives it no text. */
	private void part(Part part) {
		if (part != null) {
			this.parts.numberedHeading(2, 0, part.heading());
			this.parts.paras(part.paras());
		}
	}

	private void attention(BoardPaper.Attention attention) throws IOException {
		this.parts.numberedHeading(2, 0, attention.heading());
		this.parts.paras(attention.paras());
		// the data-quality lines, in one place, as in the HTML
		this.parts.label(BoardPaper.DATA_QUALITY);
		this.parts.blocks(List.of(bullets(attention.dataQuality())));
		if (!attention.red().isEmpty()) {
			this.parts.label(BoardPaper.RED_ACTIONS);
			actions(attention.red());
		}
		if (!attention.keyIndicators().isEmpty()) {
			this.parts.label(BoardPaper.KEY_INDICATORS);
			XWPFTable table = this.parts.table(List.of("Indicator", "Latest", "Target", "RAG and reason", "Direction"),
					new int[] { 34, 11, 11, 30, 14 });
			for (IndicatorLine k : attention.keyIndicators()) {
				var row = this.parts.row(table, k.id() + " " + k.title(), k.value(), k.target(), null, k.direction());
				this.parts.rag(row.getCell(3), k.status(), BoardPaper.Status.sentence(k.reason()));
			}
			this.document.createParagraph();
		}
	}

	private static Block bullets(List<String> lines) {
		return new Block(Block.Kind.BULLETS,
				lines.stream().map((l) -> List.of(new Block.Span(l, false, false))).toList());
	}

	private void progress(BoardPaper.Progress progress) {
		this.parts.numberedHeading(2, 0, ProgressInBrief.HEADING);
		for (PriorityBrief p : progress.priorities()) {
			this.parts.numberedHeading(3, 1, "Priority " + p.id() + ": " + p.title());
			this.parts.paras(p.paras());
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

	private void performance(BoardPaper.Performance performance) throws IOException {
		this.parts.heading(2, BoardPaper.APPENDIX_A);
		this.parts.paragraph(BoardPaper.PERFORMANCE_NOTE, false, false);
		if (!performance.keyIndicators().isEmpty()) {
			this.parts.heading(3, "Key indicators");
			for (IndicatorLine k : performance.keyIndicators()) {
				this.parts.heading(4, k.id() + ": " + k.title());
				this.parts.paragraph(
						k.status().word() + ": " + k.reason() + ". Since last period: " + k.direction() + ".", false,
						false);
				if (k.chart() != null) {
					this.parts.chart(this.document.createParagraph(), k.chart());
				}
			}
		}
		for (ScorecardGroup group : performance.scorecards()) {
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
		if (!performance.unmeasured().isEmpty()) {
			this.parts.heading(3, BoardPaper.UNMEASURED);
			this.parts.paragraph(BoardPaper.UNMEASURED_NOTE, false, false);
			XWPFTable table = this.parts.table(List.of("Indicator", "Title"), new int[] { 15, 85 });
			performance.unmeasured().forEach((e) -> this.parts.row(table, e.label(), e.value()));
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
