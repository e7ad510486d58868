package org.vigie.media.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.vigie.media.UploadRefused;

/**
 * Decodes an uploaded image within limits and encodes it again in a few widths. Only
 * pixels are written back: EXIF (GPS position, camera, date), XMP, IPTC and comments are
 * gone. A photo's orientation tag is applied to the pixels first, so it stays upright.
 */
public final class Images {

	/** Larger images are refused before decoding: a small file can claim huge pixels. */
	static final long MAX_PIXELS = 40_000_000L;

	static final int MAX_SIDE = 12_000;

	/** The widths kept for {@code srcset}, when the image is wider. */
	static final int[] WIDTHS = { 480, 960, 1600 };

	private Images() {
	}

	/**
	 * An image ready to store.
	 *
	 * @param contentType {@code image/jpeg}, or {@code image/png} for images with
	 * transparency
	 * @param width the width of the largest variant
	 * @param height the height of the largest variant
	 * @param variants encoded images by width, smallest first
	 */
	public record Processed(String contentType, int width, int height, Map<Integer, byte[]> variants) {

	}

	public static Processed process(byte[] bytes) {
		BufferedImage image = upright(decode(bytes), orientation(bytes));
		boolean transparent = image.getColorModel().hasAlpha();
		String type = transparent ? "image/png" : "image/jpeg";
		int largest = Math.min(image.getWidth(), WIDTHS[WIDTHS.length - 1]);
		Map<Integer, byte[]> variants = new LinkedHashMap<>();
		int largestHeight = 0;
		for (int width : WIDTHS) {
			if (width < largest) {
				variants.put(width, encode(scale(image, width, transparent), transparent));
			}
		}
		BufferedImage top = scale(image, largest, transparent);
		largestHeight = top.getHeight();
		variants.put(largest, encode(top, transparent));
		return new Processed(type, largest, largestHeight, variants);
	}

	private static BufferedImage decode(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input)
					: java.util.Collections.emptyIterator();
			if (!readers.hasNext()) {
				throw new UploadRefused("media.error.unreadable");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
						|| (long) width * height > MAX_PIXELS) {
					throw new UploadRefused("media.error.dimensions");
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw new UploadRefused("media.error.unreadable");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UploadRefused refused) {
				throw refused;
			}
			throw new UploadRefused("media.error.unreadable");
		}
	}

	/** The EXIF orientation (1 to 8), or 1 when the image has none. */
	private static int orientation(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
			ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		catch (Exception ex) {
			// Unreadable metadata only means no rotation; the pixels were decoded
			// already.
		}
		return 1;
	}

	private static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation == 1) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform transform = new AffineTransform();
		switch (orientation) {
			case 2 -> {
				transform.scale(-1, 1);
				transform.translate(-w, 0);
			}
			case 3 -> {
				transform.translate(w, h);
				transform.rotate(Math.PI);
			}
			case 4 -> {
				transform.scale(1, -1);
				transform.translate(0, -h);
			}
			case 5 -> {
				transform.rotate(-Math.PI / 2);
				transform.scale(-1, 1);
			}
			case 6 -> {
				transform.translate(h, 0);
				transform.rotate(Math.PI / 2);
			}
			case 7 -> {
				transform.scale(-1, 1);
				transform.translate(-h, 0);
				transform.translate(0, w);
				transform.rotate(3 * Math.PI / 2);
			}
			case 8 -> {
				transform.translate(0, w);
				transform.rotate(3 * Math.PI / 2);
			}
			default -> {
				return image;
			}
		}
		BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = turned.createGraphics();
		graphics.drawImage(image, transform, null);
		graphics.dispose();
		return turned;
	}

	private static BufferedImage scale(BufferedImage image, int width, boolean transparent) {
		int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
		BufferedImage scaled = new BufferedImage(width, height,
				transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		if (!transparent) {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
		}
		graphics.drawImage(image, 0, 0, width, height, null);
		graphics.dispose();
		return scaled;
	}

	private static byte[] encode(BufferedImage image, boolean png) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (png) {
				ImageIO.write(image, "png", out);
				return out.toByteArray();
			}
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(output);
				ImageWriteParam parameters = writer.getDefaultWriteParam();
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(0.85f);
				writer.write(null, new IIOImage(image, null, null), parameters);
			}
			finally {
				writer.dispose();
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UploadRefused("media.error.unreadable");
		}
	}

}
