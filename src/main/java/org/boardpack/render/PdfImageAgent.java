package org.boardpack.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;

/**
 * Loads the PNG charts that documents carry as {@code data:} URIs straight from their
 * decoded pixels. OpenPDF's own PNG path copies every pixel through AWT's
 * {@code PixelGrabber}, which took half of the board paper's PDF time; the image it makes
 * from those pixels is the same, byte for byte. Other images load as before.
 */
final class PdfImageAgent extends ITextUserAgent {

	private static final String PNG = "data:image/png;base64,";

	private final int dotsPerPixel;

	private final Map<String, FSImage> images = new HashMap<>();

	PdfImageAgent(ITextOutputDevice device, int dotsPerPixel) {
		super(device, dotsPerPixel);
		this.dotsPerPixel = dotsPerPixel;
	}

	@Override
	public ImageResource getImageResource(String uri) {
		if (uri == null || !uri.startsWith(PNG)) {
			return super.getImageResource(uri);
		}
		FSImage image = this.images.computeIfAbsent(uri, PdfImageAgent.this::load);
		// Flying Saucer scales the image it is given to the box it fills, so each use
		// gets its own copy
		return (image != null) ? new ImageResource(uri, (FSImage) ((ITextFSImage) image).clone())
				: super.getImageResource(uri);
	}

	/**
	 * The image made from a PNG's 8-bit RGB pixels; null for other PNGs (grey, alpha,
	 * palette).
	 */
	private FSImage load(String uri) {
		try {
			// Read from memory: ImageIO's default disk cache registers a JVM shutdown
			// hook on first use, which
			// fails once SIGTERM has begun the shutdown and a run is being let finish.
			BufferedImage png = ImageIO.read(new MemoryCacheImageInputStream(
					new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(PNG.length())))));
			if (png == null || png.getType() != BufferedImage.TYPE_3BYTE_BGR) {
				return null;
			}
			byte[] bgr = ((DataBufferByte) png.getRaster().getDataBuffer()).getData();
			byte[] rgb = new byte[bgr.length];
			for (int i = 0; i < bgr.length; i += 3) {
				rgb[i] = bgr[i + 2];
				rgb[i + 1] = bgr[i + 1];
				rgb[i + 2] = bgr[i];
			}
			Image image = Image.getInstance(png.getWidth(), png.getHeight(), 3, 8, rgb);
			image.scaleAbsolute(image.getPlainWidth() * this.dotsPerPixel, image.getPlainHeight() * this.dotsPerPixel);
			return new ITextFSImage(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (BadElementException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
