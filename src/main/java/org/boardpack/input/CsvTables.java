package org.boardpack.input;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as spreadsheets write it: UTF-8 with or without a byte order mark, CRLF or LF line ends,
 * quoted fields that span lines. Row numbers count records, as a spreadsheet shows them.
 */
public final class CsvTables {

	private CsvTables() {
	}

	public static Table read(Path path, String file) throws IOException {
		String text = decode(Files.readAllBytes(path), file);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return parse(new StringReader(text), file);
	}

	static Table parse(Reader reader, String file) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<Table.Row> rows = new ArrayList<>();
			Table.Header header = null;
			for (CSVRecord record : parser) {
				List<String> values = record.toList();
				if (header == null) {
					header = new Table.Header(file, values.stream().map(String::strip).toList());
				}
				else if (values.stream().anyMatch((value) -> !value.isBlank())) {
					rows.add(new Table.Row(header, (int) record.getRecordNumber(), values));
				}
			}
			return new Table((header != null) ? header : new Table.Header(file, List.of()), rows);
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
