package org.boardpack.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * Saves a workbook so that the same workbook always gives the same bytes: an xlsx file is a zip archive,
 * and every entry is stamped with the given day instead of the moment of writing.
 */
final class StableZip {

	private StableZip() {
	}

	static void write(Workbook workbook, LocalDate day, Path file) throws IOException {
		Path written = Files.createTempFile(file.toAbsolutePath().getParent(), ".tracker-", ".xlsx");
		try {
			try (OutputStream out = Files.newOutputStream(written)) {
				workbook.write(out);
			}
			restamp(written, day, file);
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	private static void restamp(Path source, LocalDate day, Path target) throws IOException {
		try (ZipFile zip = new ZipFile(source.toFile()); OutputStream out = Files.newOutputStream(target);
				ZipOutputStream stamped = new ZipOutputStream(out)) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(day.atStartOfDay());
				stamped.putNextEntry(copy);
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(stamped);
				}
				stamped.closeEntry();
			}
		}
	}

}
