package org.boardpack.render.board;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a chart's RGB pixels as a PNG. ImageIO's writer copied every pixel through the
 * raster's sample model and tried five filters on every row, which made encoding the ~160
 * charts of a board paper its largest cost; the charts are flat colours and text, which
 * deflate well unfiltered at a low level. Same pixels, same bytes every time.
 */
final class PngWriter {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	/**
	 * Level 3 encodes in a third of ImageIO's time for files about 14% larger than its.
	 */
	private static final int LEVEL = 3;

	private PngWriter() {
	}

	/** The PNG of an image of type {@link BufferedImage#TYPE_INT_RGB}. */
	static byte[] write(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		try {
			ByteArrayOutputStream png = new ByteArrayOutputStream(width * height / 4);
			png.write(SIGNATURE);
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			DataOutputStream fields = new DataOutputStream(header);
			fields.writeInt(width);
			fields.writeInt(height);
			fields.write(new byte[] { 8, 2, 0, 0, 0 }); // 8 bits per sample, RGB,
														// deflate, no filter, no
														// interlace
			chunk(png, "IHDR", header.toByteArray());
			chunk(png, "IDAT", deflate(pixels, width, height));
			chunk(png, "IEND", new byte[0]);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] deflate(int[] pixels, int width, int height) throws IOException {
		ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 4);
		Deflater deflater = new Deflater(LEVEL);
		try (DeflaterOutputStream out = new DeflaterOutputStream(data, deflater, 1 << 16)) {
			byte[] row = new byte[1 + width * 3]; // leading 0: the row is not filtered
			for (int y = 0; y < height; y++) {
				for (int x = 0, at = y * width, i = 1; x < width; x++, at++) {
					int pixel = pixels[at];
					row[i++] = (byte) (pixel >> 16);
					row[i++] = (byte) (pixel >> 8);
					row[i++] = (byte) pixel;
				}
				out.write(row);
			}
		}
		finally {
			deflater.end();
		}
		return data.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(png);
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		out.writeInt((int) crc.getValue());
	}

}
