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
 * Word numbering definitions for the narrative's lists, so Word numbers them, a clerk can
 * renumber or restyle them and a screen reader announces a list of so many items. Each
 * numbered list gets its own definition, so each starts at 1.
 */
final class DocxLists {

	private final XWPFNumbering numbering;

	private BigInteger bullets;

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
