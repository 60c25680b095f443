package org.boardpack.plan;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimescaleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Sep 16                            | 2016-09-01 | 2016-09-30
			April 17                          | 2017-04-01 | 2017-04-30
			September 2016                    | 2016-09-01 | 2016-09-30
			Jan – Mar 17                      | 2017-01-01 | 2017-03-31
			Aug – Feb 17                      | 2016-08-01 | 2017-02-28
			Oct 16 – Mar 17                   | 2016-10-01 | 2017-03-31
			Jun / Sep 16                      | 2016-06-01 | 2016-09-30
			Sept – Dec 16                     | 2016-09-01 | 2016-12-31
			By Sep 17                         | -          | 2017-09-30
			By end Nov 16                     | -          | 2016-11-30
			End of Sep 16                     | -          | 2016-09-30
			From Aug 16                       | 2016-08-01 | -
			Annually                          | -          | -
			Ongoing                           | -          | -
			By end Sep 16 then quarterly prog | -          | -
			""")
	void readsTheTimescalesPlansWrite(String timescale, LocalDate start, LocalDate due) {
		// when
		Timescale.Dates dates = Timescale.read(timescale);

		// then
		assertThat(dates.start()).as("start of %s", timescale).isEqualTo(start);
		assertThat(dates.due()).as("due date of %s", timescale).isEqualTo(due);
	}

	@Test
	void theBundledPlanDatesAreHowItsTimescalesRead() throws Exception {
		// given
		List<String> disagreements = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(Path.of("jobs/bromley-csc-2016/plan/actions.csv"))) {
			for (CSVRecord row : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				// when
				Timescale.Dates dates = Timescale.read(row.get("timescale"));
				String read = dates.start() + " " + dates.due();
				String written = blankAsNull(row.get("start_date")) + " " + blankAsNull(row.get("due_date"));

				// then
				if ((dates.start() != null || dates.due() != null) && !read.equals(written)) {
					disagreements.add(row.get("action_id") + " \"" + row.get("timescale") + "\": " + written);
				}
			}
		}
		assertThat(disagreements).isEmpty();
	}

	private static String blankAsNull(String text) {
		return text.isEmpty() ? "null" : text;
	}

}
