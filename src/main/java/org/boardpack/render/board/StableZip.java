package org.boardpack.render.board;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an office file's ZIP container with a fixed time on every entry, so the same paper always gives
 * the same bytes; the entries and their order are unchanged.
 */
final class StableZip {

	/** 1 January 2000: a fixed, valid DOS date for every entry. */
	private static final long FIXED_TIME = 946_684_800_000L;

	private StableZip() {
	}

	static byte[] of(byte[] zip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream copy = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry stable = new ZipEntry(entry.getName());
				stable.setTime(FIXED_TIME);
				copy.putNextEntry(stable);
				in.transferTo(copy);
				copy.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
