package org.boardpack.render.excel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.plan.Rag;
import org.boardpack.input.Percent;
import org.boardpack.pack.RagPalette;

/**
 * The tracker's cell styles, made once per workbook: a workbook holds at most 64,000
 * styles, so cells share them. Cells a lead fills in are unlocked and shaded; every other
 * cell is locked, except in the rows of a sheet that may be sorted ({@link #sortable()}).
 */
final class Styles {

	/**
	 * The shade of the cells a lead fills in, so they stand out from the protected ones.
	 */
	static final byte[] EDITABLE = { (byte) 0xFF, (byte) 0xF2, (byte) 0xCC };

	private static final byte[] HEADER = { (byte) 0x1F, (byte) 0x38, (byte) 0x64 };

	private static final byte[] RULE = { (byte) 0xA6, (byte) 0xA6, (byte) 0xA6 };

	final XSSFCellStyle title;

	final XSSFCellStyle subtitle;

	final XSSFCellStyle label;

	final XSSFCellStyle note;

	final XSSFCellStyle header;

	final XSSFCellStyle text;

	final XSSFCellStyle bold;

	final XSSFCellStyle wrapped;

	final XSSFCellStyle integer;

	final XSSFCellStyle date;

	final XSSFCellStyle percent;

	/** 99.7%: for a share a whole number would show as 100% (or 0%) though it is not. */
	private final XSSFCellStyle percentTenth;

	final XSSFCellStyle editableText;

	final XSSFCellStyle editableDate;

	final XSSFCellStyle editablePercent;

	private final Map<Rag, XSSFCellStyle> rags = new EnumMap<>(Rag.class);

	private final Map<String, XSSFCellStyle> numbers = new HashMap<>();

	private final XSSFWorkbook workbook;

	private final RagPalette palette;

	private final boolean locked;

	private Styles sortable;

	Styles(XSSFWorkbook workbook, RagPalette palette) {
		this(workbook, palette, true);
	}

	private Styles(XSSFWorkbook workbook, RagPalette palette, boolean locked) {
		this.workbook = workbook;
		this.palette = palette;
		this.locked = locked;
		this.title = plain(font(16, true, null), false);
		this.subtitle = plain(font(12, true, null), false);
		this.label = plain(font(11, true, null), false);
		this.note = plain(italic(), true);
		this.header = bordered(font(11, true, new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF }), true);
		this.header.setFillForegroundColor(new XSSFColor(HEADER));
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setLocked(true); // a sorted table's headings stay where they are
		this.text = bordered(font(11, false, null), false);
		this.bold = bordered(font(11, true, null), false);
		this.wrapped = bordered(font(11, false, null), true);
		this.integer = numberStyle("#,##0");
		this.date = numberStyle("d mmm yyyy");
		this.percent = numberStyle("0%");
		this.percentTenth = numberStyle("0.0%");
		this.editableText = editable(bordered(font(11, false, null), true));
		this.editableDate = editable(copy(numberStyle("d mmm yyyy")));
		this.editablePercent = editable(copy(numberStyle("0%")));
		for (Rag rag : Rag.values()) {
			RagPalette.Swatch swatch = palette.of(rag);
			XSSFCellStyle style = bordered(font(11, true, swatch.textRgb()), false);
			style.setFillForegroundColor(new XSSFColor(swatch.fillRgb()));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			style.setAlignment(HorizontalAlignment.CENTER);
			this.rags.put(rag, style);
		}
	}

	RagPalette palette() {
		return this.palette;
	}

	/**
	 * The same styles with the cells of a table's rows unlocked, made once per workbook:
	 * Excel refuses to sort a range holding a locked cell on a protected sheet. Headings
	 * stay locked.
	 */
	Styles sortable() {
		if (this.sortable == null) {
			this.sortable = this.locked ? new Styles(this.workbook, this.palette, false) : this;
		}
		return this.sortable;
	}

	/**
	 * The style of a RAG cell: the palette's fill with its text colour; the cell also
	 * holds the word.
	 */
	XSSFCellStyle rag(Rag rag) {
		return this.rags.get(rag);
	}

	/**
	 * A number style with an Excel number format, e.g. {@code 0.0%}; made once per
	 * format.
	 */
	XSSFCellStyle numberStyle(String format) {
		return this.numbers.computeIfAbsent(format, (f) -> {
			XSSFCellStyle style = bordered(font(11, false, null), false);
			style.setDataFormat(this.workbook.createDataFormat().getFormat(f));
			return style;
		});
	}

	private XSSFCellStyle copy(XSSFCellStyle original) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		style.cloneStyleFrom(original);
		return style;
	}

	private XSSFCellStyle editable(XSSFCellStyle style) {
		style.setLocked(false);
		style.setFillForegroundColor(new XSSFColor(EDITABLE));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private XSSFCellStyle plain(XSSFFont font, boolean wrap) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		style.setWrapText(wrap);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private XSSFCellStyle bordered(XSSFFont font, boolean wrap) {
		XSSFCellStyle style = plain(font, wrap);
		if (!this.locked) {
			style.setLocked(false);
		}
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		XSSFColor rule = new XSSFColor(RULE);
		style.setTopBorderColor(rule);
		style.setBottomBorderColor(rule);
		style.setLeftBorderColor(rule);
		style.setRightBorderColor(rule);
		return style;
	}

	private XSSFFont font(int points, boolean bold, byte[] colour) {
		XSSFFont font = this.workbook.createFont();
		font.setFontName("Arial");
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		if (colour != null) {
			font.setColor(new XSSFColor(colour));
		}
		return font;
	}

	private XSSFFont italic() {
		XSSFFont font = font(10, false, null);
		font.setItalic(true);
		return font;
	}

	/**
	 * The style for a share as the pack writes it (see {@link Percent}): whole, or to one
	 * decimal place where a whole number would read 100% while something is still open.
	 */
	XSSFCellStyle percent(double value) {
		return Percent.needsDecimal(value) ? this.percentTenth : this.percent;
	}

}
