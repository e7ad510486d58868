package org.vigie.reporting.reports;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Re-encodes a reporter's image from its pixels alone, so that nothing else in the file
 * (GPS position, camera, author, thumbnails) is kept. Only JPEG and PNG are taken,
 * recognised by their bytes, at most {@value #MAX_BYTES} bytes and {@value #MAX_PIXELS}
 * pixels (read from the header before decoding, so a small file cannot claim a huge
 * image).
 */
public final class ImageCleaner {

	/** The largest file taken. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most pixels taken. */
	public static final long MAX_PIXELS = 24_000_000L;

	private ImageCleaner() {
	}

	/**
	 * The image, re-encoded without metadata.
	 * @throws NotAnImage when it is not a JPEG or PNG image within the limits
	 */
	public static Upload clean(byte[] bytes) {
		if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
			throw new NotAnImage();
		}
		String format = format(bytes);
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (!readers.hasNext()) {
				throw new NotAnImage();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new NotAnImage();
				}
				BufferedImage image = reader.read(0);
				return new Upload("image/" + format, write(pixels(image, format), format));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof NotAnImage refused) {
				throw refused;
			}
			throw new NotAnImage();
		}
	}

	private static String format(byte[] bytes) {
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return "jpeg";
		}
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "png";
		}
		throw new NotAnImage();
	}

	/** JPEG keeps no alpha channel: its pixels are copied onto an RGB image. */
	private static BufferedImage pixels(BufferedImage image, String format) {
		if (!"jpeg".equals(format) || image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		rgb.createGraphics().drawImage(image, 0, 0, null);
		return rgb;
	}

	private static byte[] write(BufferedImage image, String format) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			if ("jpeg".equals(format)) {
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(0.85f);
			}
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** Not a JPEG or PNG image within the limits. */
	public static class NotAnImage extends RuntimeException {

		public NotAnImage() {
			super("Not a JPEG or PNG image within the limits");
		}

	}

}
