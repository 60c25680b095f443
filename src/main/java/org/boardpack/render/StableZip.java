package org.boardpack.render;

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

/**
 * Saves office files (xlsx, docx: zip archives) so that the same document always gives
 * the same bytes: every entry is stamped with the given day, such as the period's "as at"
 * date, instead of the moment of writing. The entries and their order are unchanged.
 */
public final class StableZip {

	private StableZip() {
	}

	/**
	 * Something that writes a zip archive, such as a POI workbook or document's
	 * {@code write}.
	 */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Writes through a temporary file beside the target, so a large workbook is never
	 * held in memory.
	 */
	public static void write(Content content, LocalDate day, Path file) throws IOException {
		Path written = Files.createTempFile(file.toAbsolutePath().getParent(), ".unstamped-", ".zip");
		try {
			try (OutputStream out = Files.newOutputStream(written)) {
				content.writeTo(out);
			}
			restamp(written, day, file);
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	// Read through the central directory: streamed workbooks leave sizes out of the
	// entries' own headers.
	private static void restamp(Path source, LocalDate day, Path target) throws IOException {
		try (ZipFile zip = new ZipFile(source.toFile());
				OutputStream out = Files.newOutputStream(target);
				ZipOutputStream copy = new ZipOutputStream(out)) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				ZipEntry stamped = new ZipEntry(entry.getName());
				stamped.setTimeLocal(day.atStartOfDay());
				copy.putNextEntry(stamped);
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(copy);
				}
				copy.closeEntry();
			}
		}
	}

}
