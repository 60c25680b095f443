package org.boardpack.render.board;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.boardpack.narrative.Block;
import org.boardpack.pack.RagPalette;
import org.boardpack.narrative.Block.Span;
import org.boardpack.render.board.BoardPaper.Status;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The pieces the Word document is made of: headings in Word's heading styles, paragraphs
 * and lists of narrative, tables whose header row repeats on every page and never splits
 * a row, RAG cells with their word on their colour, and charts with their alternative
 * text.
 */
final class DocxParts {

	private final XWPFDocument document;

	private final RagPalette palette;

	private final DocxLists lists;

	private int pictures;

	DocxParts(XWPFDocument document, RagPalette palette) {
		this.document = document;
		this.palette = palette;
		this.lists = new DocxLists(document);
	}

	void heading(int level, String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setStyle("Heading" + level);
		paragraph.createRun().setText(text);
	}

	XWPFParagraph paragraph(String text, boolean bold, boolean italic) {
		XWPFParagraph paragraph = this.document.createParagraph();
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setItalic(italic);
		return paragraph;
	}

	void blocks(List<Block> blocks) {
		for (Block block : blocks) {
			BigInteger list = switch (block.kind()) {
				case PARAGRAPH -> null;
				case BULLETS -> this.lists.bulleted();
				default -> this.lists.numbered();
			};
			for (List<Span> item : block.items()) {
				XWPFParagraph paragraph = this.document.createParagraph();
				if (list != null) {
					paragraph.setNumID(list);
					paragraph.setNumILvl(BigInteger.ZERO);
				}
				for (Span span : item) {
					XWPFRun run = paragraph.createRun();
					run.setText(span.text());
					run.setBold(span.strong());
					run.setItalic(span.emphasis());
				}
			}
		}
	}

	/**
	 * A table with a header row that repeats on each page; widths in % of the text width.
	 */
	XWPFTable table(List<String> headers, int[] widths) {
		XWPFTable table = this.document.createTable(1, headers.size());
		layout(table, widths);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int i = 0; i < headers.size(); i++) {
			XWPFTableCell cell = header.getCell(i);
			cell.setColor("E7E6E6");
			width(cell, widths[i]);
			write(cell, headers.get(i), true);
			// the header row stays on the page of the first row under it
			cell.getParagraphs()
				.forEach(
						(p) -> (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext());
		}
		return table;
	}

	/** A table of label and value rows, with no header row. */
	XWPFTable labelled(List<BoardPaper.Entry> entries, int labelWidth) {
		XWPFTable table = this.document.createTable(entries.size(), 2);
		layout(table, new int[] { labelWidth, 100 - labelWidth });
		for (int i = 0; i < entries.size(); i++) {
			XWPFTableRow row = table.getRow(i);
			row.setCantSplitRow(true);
			row.getCell(0).setColor("F2F2F2");
			width(row.getCell(0), labelWidth);
			width(row.getCell(1), 100 - labelWidth);
			write(row.getCell(0), entries.get(i).label(), true);
			write(row.getCell(1), entries.get(i).value(), false);
		}
		return table;
	}

	XWPFTableRow row(XWPFTable table, String... cells) {
		XWPFTableRow row = table.createRow();
		row.setCantSplitRow(true);
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null) {
				write(row.getCell(i), cells[i], false);
			}
		}
		return row;
	}

	/**
	 * A RAG cell: the word in bold on the palette's colour, then the reason when given.
	 */
	void rag(XWPFTableCell cell, Status status, String reason) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		XWPFRun word = paragraph.createRun();
		word.setText(" " + status.word() + " ");
		word.setBold(true);
		RagPalette.Swatch swatch = this.palette.of(status.rag());
		word.setColor(swatch.text().substring(1));
		var shading = word.getCTR().getRPr().addNewShd();
		shading.setVal(STShd.CLEAR);
		shading.setFill(swatch.fill().substring(1));
		if (reason != null) {
			word.addBreak();
			paragraph.createRun().setText(reason);
		}
	}

	void write(XWPFTableCell cell, String text, boolean bold) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setSpacingAfter(0);
		String[] lines = text.split("\n", -1);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}

	/**
	 * Fixed column widths, written in the table's grid where Word and LibreOffice both
	 * read them.
	 */
	private static void layout(XWPFTable table, int[] widths) {
		table.setStyleID(DocxStyles.TABLE);
		table.setWidth("100%");
		table.setCellMargins(40, 80, 40, 80);
		table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.LEFT);
		var grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		for (int i = 0; i < widths.length; i++) {
			var column = (i < grid.sizeOfGridColArray()) ? grid.getGridColArray(i) : grid.addNewGridCol();
			column.setW(BigInteger.valueOf((long) DocxStyles.TEXT_WIDTH * widths[i] / 100));
		}
		var properties = table.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
	}

	private static void width(XWPFTableCell cell, int percent) {
		var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf((long) DocxStyles.TEXT_WIDTH * percent / 100));
	}

	/**
	 * A chart at its printed size, with its alternative text where Word and screen
	 * readers look for it.
	 */
	void chart(XWPFParagraph paragraph, Chart chart) throws IOException {
		this.pictures++;
		XWPFRun run = paragraph.createRun();
		try {
			run.addPicture(new ByteArrayInputStream(chart.png()), Document.PICTURE_TYPE_PNG,
					"chart" + this.pictures + ".png", (int) Math.round(chart.widthMm() * 36000),
					(int) Math.round(chart.heightMm() * 36000));
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex);
		}
		var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
		docPr.setDescr(chart.alt());
		docPr.setName("Chart " + this.pictures);
	}

}
