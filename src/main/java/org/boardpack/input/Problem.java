package org.boardpack.input;

/**
 * One thing wrong with the input, located as a spreadsheet user would find it: the file,
 * the row number the spreadsheet shows (0 when the problem is with the whole file) and
 * the column.
 */
public record Problem(String file, int row, String column, String message) {

	/** "updates/2017-10.csv:14:E (percent_complete): 140 is not between 0 and 100". */
	@Override
	public String toString() {
		StringBuilder where = new StringBuilder(this.file);
		if (this.row > 0) {
			where.append(':').append(this.row);
		}
		if (this.column != null) {
			where.append(':').append(this.column);
		}
		// One problem, one line: a value quoted in the message may hold a line break (a
		// cell's own, or a vertical
		// tab cleaned into one), which would split the list of problems.
		return where + ": " + this.message.replace("\r", "\\r").replace("\n", "\\n");
	}

}
