package org.boardpack.input;

import java.util.ArrayList;
import java.util.List;

/**
 * A table read from a CSV file or a workbook sheet: its header and its non-blank rows.
 */
public record Table(Header header, List<Row> rows) {

	public String file() {
		return this.header.file();
	}

	/**
	 * Builds a table from rows as a reader meets them: the first row is the header, blank
	 * rows are skipped but keep their numbers.
	 */
	static final class Builder {

		private final String file;

		private final List<Row> rows = new ArrayList<>();

		private Header header;

		Builder(String file) {
			this.file = file;
		}

		void add(int number, List<String> read) {
			List<String> values = read.stream().map(ControlCharacters::cleanCell).toList();
			if (this.header == null) {
				this.header = new Header(this.file, values.stream().map(String::strip).toList());
			}
			else if (values.stream().anyMatch((value) -> value != null && !value.isBlank())) {
				this.rows.add(new Row(this.header, number, values));
			}
		}

		Table build() {
			return new Table((this.header != null) ? this.header : new Header(this.file, List.of()), this.rows);
		}

	}

	/**
	 * The header of a table and the name of the file (or workbook sheet) it came from, as
	 * shown in messages.
	 */
	public record Header(String file, List<String> names) {

		public int index(String name) {
			return this.names.indexOf(name);
		}

		/** The spreadsheet column of a header name, e.g. "E (percent_complete)". */
		public String column(String name) {
			int index = index(name);
			return (index < 0) ? name : letter(index) + " (" + name + ")";
		}

		static String letter(int index) {
			String letters = "";
			for (int i = index + 1; i > 0; i = (i - 1) / 26) {
				letters = (char) ('A' + (i - 1) % 26) + letters;
			}
			return letters;
		}

	}

	/**
	 * One row of a table.
	 *
	 * @param number the row number a spreadsheet shows (the header is row 1)
	 */
	public record Row(Header header, int number, List<String> values) {

		/**
		 * The trimmed text of a column; empty when the row is short or the column absent.
		 */
		public String text(String name) {
			int index = this.header.index(name);
			return (index < 0 || index >= this.values.size() || this.values.get(index) == null) ? ""
					: this.values.get(index).strip();
		}

		public Problem problem(String column, String message, Object... args) {
			return new Problem(this.header.file(), this.number, this.header.column(column), Text.format(message, args));
		}

	}

}
