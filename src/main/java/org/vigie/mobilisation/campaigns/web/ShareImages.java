package org.vigie.mobilisation.campaigns.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.vigie.media.MediaFile;
import org.vigie.media.MediaLibrary;
import org.vigie.mobilisation.campaigns.Campaign;

/**
 * The campaign's images for the usual networks, made on this server with the JDK (Java2D
 * and ImageIO, in the site's embedded DejaVu typeface): a link preview (1200×630), a
 * square post (1080×1080) and a story (1080×1920). When the campaign has a visual from
 * the media library, each is the visual's centre cut to that shape (scaled bicubically,
 * halving first for big reductions) with the title in a band at the bottom, as JPEG for a
 * photo and PNG otherwise; without one, they show the blue heart and the title. Each is
 * made once per campaign, format, visual (its address changes with its bytes), title and
 * footer, and kept in a bounded memory cache.
 */
@Component("mobilisation.campaigns.ShareImages")
class ShareImages {

	/** The formats offered, by name: width and height. */
	static final Map<String, int[]> FORMATS = Map.of("1200x630", new int[] { 1200, 630 }, "1080x1080",
			new int[] { 1080, 1080 }, "1080x1920", new int[] { 1080, 1920 });

	private static final Color BACKGROUND = new Color(0x0b, 0x2a, 0x4a);

	private static final float JPEG_QUALITY = 0.85f;

	private static final Color HEART = new Color(0x1f, 0x6f, 0xd1);

	private final Font font = load("learning/fonts/DejaVuSansCondensed-Bold.ttf");

	private final Cache<String, byte[]> drawn = Caffeine.newBuilder().maximumSize(60).build();

	private final Cache<String, Picture> cut = Caffeine.newBuilder().maximumSize(60).build();

	private final MediaLibrary library;

	ShareImages(MediaLibrary library) {
		this.library = library;
	}

	/**
	 * A format's picture for a campaign, from its visual when it has one that the media
	 * library still holds, else drawn.
	 */
	Picture picture(String format, Campaign campaign, String title, String footer) {
		int[] size = FORMATS.get(format);
		if (size == null) {
			throw new IllegalArgumentException("Unknown format " + format);
		}
		Optional<MediaFile> visual = Optional.ofNullable(campaign.imagePath()).flatMap(this.library::imageAt);
		if (visual.isPresent()) {
			String key = campaign.id() + "|" + format + "|" + visual.get().path() + "|" + title + "|" + footer;
			Picture picture = this.cut.get(key, (k) -> fromVisual(visual.get(), size[0], size[1], title, footer));
			if (picture != null) {
				return picture;
			}
		}
		return new Picture(png(format, title, footer), MediaType.IMAGE_PNG);
	}

	/** The PNG of a format, with that title and the site's name under it. */
	byte[] png(String format, String title, String footer) {
		int[] size = FORMATS.get(format);
		if (size == null) {
			throw new IllegalArgumentException("Unknown format " + format);
		}
		return this.drawn.get(format + "|" + title + "|" + footer, (key) -> draw(size[0], size[1], title, footer));
	}

	/**
	 * The visual cut to the format with the title band, or {@code null} when unreadable.
	 */
	private Picture fromVisual(MediaFile visual, int width, int height, String title, String footer) {
		Optional<byte[]> bytes = this.library.largestImage(visual.id());
		if (bytes.isEmpty()) {
			return null;
		}
		BufferedImage source;
		try {
			source = ImageIO.read(new ByteArrayInputStream(bytes.get()));
		}
		catch (IOException ex) {
			return null;
		}
		if (source == null) {
			return null;
		}
		BufferedImage image = Cover.of(source, width, height);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			int side = Math.min(width, height);
			g.setFont(this.font.deriveFont(side / 16f));
			List<String> lines = lines(title, g.getFontMetrics(), width * 9 / 10);
			int lineHeight = g.getFontMetrics().getHeight();
			int band = lines.size() * lineHeight + side / 28 + side / 8;
			g.setColor(new Color(BACKGROUND.getRed(), BACKGROUND.getGreen(), BACKGROUND.getBlue(), 220));
			g.fillRect(0, height - band, width, band);
			g.setColor(Color.WHITE);
			int y = height - band + side / 24 + g.getFontMetrics().getAscent();
			for (String line : lines) {
				g.drawString(line, (width - g.getFontMetrics().stringWidth(line)) / 2, y);
				y += lineHeight;
			}
			g.setFont(this.font.deriveFont(side / 28f));
			g.drawString(footer, (width - g.getFontMetrics().stringWidth(footer)) / 2, height - side / 24);
		}
		finally {
			g.dispose();
		}
		boolean photo = "image/jpeg".equals(visual.contentType());
		return new Picture(photo ? jpeg(image) : encode(image, "png"),
				photo ? MediaType.IMAGE_JPEG : MediaType.IMAGE_PNG);
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private byte[] draw(int width, int height, String title, String footer) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, width, height);
			int side = Math.min(width, height);
			int heart = side * 2 / 5;
			int top = (height > width) ? height / 6 : side / 10;
			g.setColor(HEART);
			g.fill(heart((width - heart) / 2.0, top, heart));
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(side / 90f));
			g.draw(heart((width - heart) / 2.0, top, heart));
			g.setFont(this.font.deriveFont(side / 14f));
			int y = top + heart + side / 10;
			for (String line : lines(title, g.getFontMetrics(), width * 9 / 10)) {
				int lineWidth = g.getFontMetrics().stringWidth(line);
				g.drawString(line, (width - lineWidth) / 2, y);
				y += g.getFontMetrics().getHeight();
			}
			g.setFont(this.font.deriveFont(side / 28f));
			int footerWidth = g.getFontMetrics().stringWidth(footer);
			g.drawString(footer, (width - footerWidth) / 2, height - side / 16);
		}
		finally {
			g.dispose();
		}
		return encode(image, "png");
	}

	private static Path2D heart(double x, double y, double size) {
		Path2D path = new Path2D.Double();
		path.moveTo(x + size / 2, y + size);
		path.curveTo(x - size * 0.1, y + size * 0.55, x, y - size * 0.1, x + size / 2, y + size * 0.22);
		path.curveTo(x + size, y - size * 0.1, x + size * 1.1, y + size * 0.55, x + size / 2, y + size);
		path.closePath();
		return path;
	}

	/** The title cut into lines that fit, at most four. */
	private static List<String> lines(String title, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : title.split("\\s+")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(longer) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(longer);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines.subList(0, Math.min(4, lines.size()));
	}

	private static Font load(String resource) {
		try (InputStream in = ShareImages.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing typeface " + resource);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A share image and its type.
	 *
	 * @param bytes the encoded image
	 * @param type {@code image/jpeg} or {@code image/png}
	 */
	record Picture(byte[] bytes, MediaType type) {
	}

}
