package org.boardpack.render.board;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word document's styles and page: Normal text, Word's own Heading 1 to 4 (so the
 * navigation pane and a table of contents work) and A4 pages with the same margins as the
 * PDF.
 */
final class DocxStyles {

	static final String FONT = "Arial";

	/** Word's own name for a table with all its borders, so Word lists it as in use. */
	static final String TABLE = "TableGrid";

	private DocxStyles() {
	}

	static void apply(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		styles.setSpellingLanguage("en-GB");
		styles.addStyle(style(styles, "Normal", "Normal", null, 20, false, -1));
		styles.addStyle(style(styles, "Heading1", "heading 1", "Normal", 32, true, 0));
		styles.addStyle(style(styles, "Heading2", "heading 2", "Normal", 26, true, 1));
		styles.addStyle(style(styles, "Heading3", "heading 3", "Normal", 22, true, 2));
		styles.addStyle(style(styles, "Heading4", "heading 4", "Normal", 20, true, 3));
		styles.addStyle(tableStyle(styles));
		page(document);
	}

	private static XWPFStyle style(XWPFStyles styles, String id, String name, String basedOn, int halfPoints,
			boolean bold, int outline) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
			style.addNewNext().setVal(basedOn);
		}
		else {
			style.setDefault(true);
		}
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewSpacing().setAfter(BigInteger.valueOf(outline >= 0 ? 80 : 100));
		if (outline >= 0) {
			style.addNewUiPriority().setVal(BigInteger.valueOf(9));
			paragraph.addNewKeepNext();
			paragraph.getSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 0 : 240));
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
		}
		CTRPr run = style.addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		if (bold) {
			run.addNewB();
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		run.addNewLang().setVal("en-GB");
		return new XWPFStyle(style, styles);
	}

	/**
	 * Word's "Table Grid": every border a thin grey line. Written as XML, as POI's schema
	 * subset has no type for a table style's properties.
	 */
	private static XWPFStyle tableStyle(XWPFStyles styles) {
		String border = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>";
		String xml = "<w:style xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
				+ " w:type=\"table\" w:styleId=\"" + TABLE + "\"><w:name w:val=\"Table Grid\"/>"
				+ "<w:uiPriority w:val=\"39\"/><w:tblPr><w:tblBorders>" + "<w:top" + border + "<w:left" + border
				+ "<w:bottom" + border + "<w:right" + border + "<w:insideH" + border + "<w:insideV" + border
				+ "</w:tblBorders></w:tblPr></w:style>";
		try {
			return new XWPFStyle(CTStyle.Factory.parse(xml), styles);
		}
		catch (XmlException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A4 with 16 mm side margins, as the PDF. */
	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1247));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(907));
		margins.setRight(BigInteger.valueOf(907));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
	}

	/** Text width between the margins, in twentieths of a point. */
	static final int TEXT_WIDTH = 11906 - 2 * 907;

}
