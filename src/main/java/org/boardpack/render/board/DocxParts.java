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

	/**
	 * A heading numbered by Word in the body's multi-level list: level 0 for a section
	 * ("3."), 1 for a sub-heading ("3.2").
	 */
	void numberedHeading(int style, int level, String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setStyle("Heading" + style);
		number(paragraph, this.lists.outline(), level);
		paragraph.createRun().setText(text);
	}

	/**
	 * The body's paragraphs, numbered by Word in the multi-level list: paragraphs at
	 * their level, numbered lists' items lettered, bulleted lists with bullets, tables as
	 * tables.
	 */
	void paras(List<BoardPaper.Para> paras) {
		for (BoardPaper.Para para : paras) {
			Block block = para.block();
			switch (block.kind()) {
				case TABLE -> narrativeTable(block);
				case SUBHEADING -> numberedHeading(para.level() + 2, para.level(), block.plainText());
				case PARAGRAPH -> spans(number(this.document.createParagraph(), this.lists.outline(), para.level()),
						block.items().get(0));
				case NUMBERED -> block.items()
					.forEach((item) -> spans(number(this.document.createParagraph(), this.lists.outline(), 3), item));
				default -> blocks(List.of(block));
			}
		}
	}

	private static XWPFParagraph number(XWPFParagraph paragraph, BigInteger list, int level) {
		paragraph.setNumID(list);
		paragraph.setNumILvl(BigInteger.valueOf(level));
		return paragraph;
	}

	private static void spans(XWPFParagraph paragraph, List<Span> spans) {
		for (Span span : spans) {
			XWPFRun run = paragraph.createRun();
			run.setText(span.text());
			run.setBold(span.strong());
			run.setItalic(span.emphasis());
		}
	}

	/** A narrative's table: its first row as the header row, columns of equal width. */
	private void narrativeTable(Block block) {
		List<String> header = block.rows().get(0);
		int[] widths = new int[header.size()];
		java.util.Arrays.fill(widths, 100 / header.size());
		XWPFTable table = table(header, widths);
		block.rows().subList(1, block.rows().size()).forEach((row) -> row(table, row.toArray(String[]::new)));
		this.document.createParagraph();
	}

	/** A bold line kept on the page of what follows it, such as a table's title. */
	void label(String text) {
		XWPFParagraph paragraph = paragraph(text, true, false);
		paragraph.setSpacingBefore(160);
		(paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr()).addNewKeepNext();
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
			if (block.kind() == Block.Kind.TABLE) {
				narrativeTable(block);
				continue;
			}
			if (block.kind() == Block.Kind.SUBHEADING) {
				heading(4, block.plainText());
				continue;
			}
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
