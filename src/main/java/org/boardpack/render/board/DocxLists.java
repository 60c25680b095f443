package org.boardpack.render.board;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word numbering definitions: one multi-level list numbers the body's sections (1.),
 * paragraphs (1.1), sub-paragraphs (1.1.1) and lettered items (a)), so Word keeps the
 * numbers and a clerk who adds, moves or removes a paragraph gets the rest renumbered;
 * bulleted lists share one bullet definition, and a numbered list outside the body gets
 * its own definition, so it starts at 1.
 */
final class DocxLists {

	private final XWPFNumbering numbering;

	private BigInteger bullets;

	private BigInteger outline;

	DocxLists(XWPFDocument document) {
		this.numbering = document.createNumbering();
	}

	/** The numbering of a new numbered list: 1., 2., 3. */
	BigInteger numbered() {
		return define(STNumberFormat.DECIMAL, "%1.");
	}

	/** The numbering every bulleted list shares. */
	BigInteger bulleted() {
		if (this.bullets == null) {
			this.bullets = define(STNumberFormat.BULLET, "\u2022");
		}
		return this.bullets;
	}

	/**
	 * The body's numbering, shared by every numbered heading and paragraph: level 0 "1.",
	 * level 1 "1.1", level 2 "1.1.1", level 3 "a)". Each level restarts after any level
	 * above it, Word's default, as {@link Numbering} counts.
	 */
	BigInteger outline() {
		if (this.outline == null) {
			CTAbstractNum list = CTAbstractNum.Factory.newInstance();
			list.setAbstractNumId(BigInteger.valueOf(this.numbering.getAbstractNums().size() + 1L));
			level(list, 0, STNumberFormat.DECIMAL, "%1.", 567, 567);
			level(list, 1, STNumberFormat.DECIMAL, "%1.%2", 851, 851);
			level(list, 2, STNumberFormat.DECIMAL, "%1.%2.%3", 851, 851);
			level(list, 3, STNumberFormat.LOWER_LETTER, "%4)", 1276, 425);
			this.outline = this.numbering
				.addNum(this.numbering.addAbstractNum(new XWPFAbstractNum(list, this.numbering)));
		}
		return this.outline;
	}

	private static void level(CTAbstractNum list, int ilvl, STNumberFormat.Enum format, String text, int left,
			int hanging) {
		CTLvl level = list.addNewLvl();
		level.setIlvl(BigInteger.valueOf(ilvl));
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(format);
		level.addNewLvlText().setVal(text);
		var indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(left));
		indent.setHanging(BigInteger.valueOf(hanging));
		CTFonts font = level.addNewRPr().addNewRFonts();
		font.setAscii(DocxStyles.FONT);
		font.setHAnsi(DocxStyles.FONT);
	}

	private BigInteger define(STNumberFormat.Enum format, String text) {
		CTAbstractNum list = CTAbstractNum.Factory.newInstance();
		list.setAbstractNumId(BigInteger.valueOf(this.numbering.getAbstractNums().size() + 1L));
		CTLvl level = list.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(format);
		level.addNewLvlText().setVal(text);
		var indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(360));
		indent.setHanging(BigInteger.valueOf(360));
		CTFonts font = level.addNewRPr().addNewRFonts();
		font.setAscii(DocxStyles.FONT);
		font.setHAnsi(DocxStyles.FONT);
		return this.numbering.addNum(this.numbering.addAbstractNum(new XWPFAbstractNum(list, this.numbering)));
	}

}
