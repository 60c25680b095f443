package org.boardpack.render.excel;

/**
 * How an indicator's figures are written by unit: percentages as real percentages, days
 * and weeks with their unit, counts whole unless the figure has a fraction (such as an
 * average caseload).
 */
final class UnitFormat {

	private UnitFormat() {
	}

	/**
	 * The cell value of a figure: a percentage (71.5) becomes the fraction Excel shows as
	 * 71.5%.
	 */
	static Double value(String unit, Double figure) {
		if (figure == null) {
			return null;
		}
		return "percent".equals(unit) ? figure / 100.0 : figure;
	}

	/** The Excel number format of a figure in a unit. */
	static String format(String unit, Double figure) {
		boolean whole = figure == null || figure == Math.rint(figure);
		String number = whole ? "#,##0" : "#,##0.0";
		return switch ((unit != null) ? unit : "") {
			case "percent" -> whole ? "0%" : "0.0%";
			case "days" -> number + " \"days\"";
			case "weeks" -> number + " \"weeks\"";
			case "rate" -> "#,##0.0";
			case "ratio" -> "0.00";
			case "currency" -> "\"£\"#,##0";
			default -> number;
		};
	}

}
