package org.boardpack.render.excel;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.Rag;
import org.boardpack.pack.RagPalette;

/**
 * The Actions sheet's editable columns: each accepts only what an update return may hold
 * (a listed status or RAG, a percentage from 0% to 100%, a date), and a reported RAG
 * takes its colour as soon as it is chosen.
 */
final class ReturnColumns {

	private final Sheet sheet;

	private final RagPalette palette;

	ReturnColumns(Sheet sheet, RagPalette palette) {
		this.sheet = sheet;
		this.palette = palette;
	}

	void apply(int rows) {
		if (rows == 0) {
			return;
		}
		DataValidationHelper helper = this.sheet.getDataValidationHelper();
		String[] statuses = Arrays.stream(ActionStatus.values()).map(ActionStatus::label).toArray(String[]::new);
		validate(helper, ActionsSheet.STATUS, rows, helper.createExplicitListConstraint(statuses), "Status",
				"Choose a status from the list.");
		validate(helper, ActionsSheet.REPORTED, rows,
				helper.createExplicitListConstraint(new String[] { "Blue", "Green", "Amber", "Red" }), "Reported RAG",
				"Choose Blue (complete), Green, Amber or Red, or leave it empty.");
		validate(helper, ActionsSheet.PERCENT, rows,
				helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1"), "% complete",
				"Enter a whole percentage from 0% to 100%.");
		validate(helper, ActionsSheet.REVISED, rows,
				helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
						"DATE(2099,12,31)", null),
				"Revised due date", "Enter a date, e.g. 31/03/2018.");
		validate(helper, ActionsSheet.COMMENTARY, rows,
				helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "4000", null),
				"Commentary", "Keep the commentary to 4,000 characters.");
		colourReportedRag(rows);
	}

	private void validate(DataValidationHelper helper, int column, int rows, DataValidationConstraint constraint,
			String title, String prompt) {
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(1, rows, column, column));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(title, prompt);
		validation.setShowPromptBox(true);
		validation.createPromptBox(title, prompt);
		validation.setEmptyCellAllowed(true);
		this.sheet.addValidationData(validation);
	}

	/**
	 * The reported RAG is typed or picked by the lead, so its colour follows the word
	 * through a rule.
	 */
	private void colourReportedRag(int rows) {
		SheetConditionalFormatting formatting = this.sheet.getSheetConditionalFormatting();
		CellRangeAddress[] range = { new CellRangeAddress(1, rows, ActionsSheet.REPORTED, ActionsSheet.REPORTED) };
		for (Rag rag : new Rag[] { Rag.BLUE, Rag.GREEN, Rag.AMBER, Rag.RED }) {
			XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule) formatting
				.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + rag.word() + "\"", null);
			RagPalette.Swatch swatch = this.palette.of(rag);
			rule.createPatternFormatting().setFillBackgroundColor(new XSSFColor(swatch.fillRgb()));
			rule.createFontFormatting().setFontColor(new XSSFColor(swatch.textRgb()));
			formatting.addConditionalFormatting(range, rule);
		}
	}

}
