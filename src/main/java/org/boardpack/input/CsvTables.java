package org.boardpack.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as spreadsheets write it: UTF-8 with or without a byte order mark, CRLF or LF
 * line ends, quoted fields that span lines. Row numbers count records, as a spreadsheet
 * shows them.
 */
public final class CsvTables {

	private CsvTables() {
	}

	public static Table read(Path path, String file) throws IOException {
		return read(Files.readAllBytes(path), file);
	}

	/** The table in a file's bytes; {@code file} names it in messages. */
	public static Table read(byte[] bytes, String file) throws IOException {
		String text = decode(bytes, file);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Table.Builder table = new Table.Builder(file);
			int row = 0;
			try {
				for (CSVRecord record : parser) {
					row = (int) record.getRecordNumber();
					table.add(row, record.toList());
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				// The parser's own words ("encapsulated token") mean nothing to someone
				// who saved a spreadsheet.
				throw new InvalidInputException(List
					.of(new Problem(file, row + 1, null, "a quoted value is not closed, "
							+ "or has text after its closing quote; a quote inside a quoted value is written twice (\"\")")));
			}
			return table.build();
		}
	}

	private static String decode(byte[] bytes, String file) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IOException(file + " is not UTF-8 text: save it as \"CSV UTF-8\"", ex);
		}
	}

}
